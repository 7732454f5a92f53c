package dev.fleetscope.console;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Font;

/** The few tile shapes the console uses, built one way, so the dashboards look like one product. */
public final class Tiles {
  public static final double SIZE = 250;

  private Tiles() {}

  /**
   * An amount against its maximum: the amount large, its share of the maximum and the maximum
   * below.
   */
  public static Tile share(String title, String unit) {
    return themeFonts(
        base(SkinType.PERCENTAGE, title, 1).unit(unit).decimals(0).maxValueVisible(false).build());
  }

  public static Tile number(String title, String unit) {
    return themeFonts(base(SkinType.NUMBER, title, 1).unit(unit).decimals(0).build());
  }

  public static Tile areaChart(String title, int width) {
    return themeFonts(base(SkinType.SMOOTH_AREA_CHART, title, width).smoothing(true).build());
  }

  public static Tile custom(String title, int width, Node content) {
    return themeFonts(base(SkinType.CUSTOM, title, width).graphic(content).build());
  }

  /**
   * Tile skins set their labels in Lato sized to the tile (a 250 px tile's description at 25 px,
   * which wraps), and the theme's CSS sets them in its own font whenever CSS is next applied: which
   * came last decided how a description looked. Each label the skin made is held to the theme's
   * font: a Lato font set on it is replaced.
   */
  private static Tile themeFonts(Tile tile) {
    holdToTheme(tile); // the builder may have made the skin already
    tile.skinProperty().addListener((obs, old, skin) -> holdToTheme(tile));
    return tile;
  }

  private static void holdToTheme(Tile tile) {
    for (Node node : tile.lookupAll(".label")) {
      if (node instanceof Label label) {
        Font[] theme = {label.getFont()};
        label
            .fontProperty()
            .addListener(
                (o, was, now) -> {
                  if (now.getFamily().startsWith("Lato")) {
                    Platform.runLater(() -> label.setFont(theme[0]));
                  } else {
                    theme[0] = now;
                  }
                });
        if (label.getFont().getFamily().startsWith("Lato")) {
          theme[0] = Font.getDefault(); // until CSS gives the theme's
          label.setFont(theme[0]);
        }
      }
    }
  }

  private static TileBuilder<?> base(SkinType skin, String title, int width) {
    return TileBuilder.create()
        .skinType(skin)
        .prefSize(SIZE * width + 10 * (width - 1), SIZE)
        .maxSize(Double.MAX_VALUE, Double.MAX_VALUE)
        .title(title)
        .textVisible(true)
        .animated(false);
  }

  public static void applyTheme(Tile tile, Theme theme) {
    tile.setBackgroundColor(theme.tileBackground());
    tile.setForegroundBaseColor(theme.tileForeground());
  }
}
