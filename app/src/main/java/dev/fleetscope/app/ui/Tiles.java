package dev.fleetscope.app.ui;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.scene.Node;

/** The few tile shapes the console uses, built one way, so the dashboards look like one product. */
public final class Tiles {
  public static final double SIZE = 250;

  private Tiles() {}

  /** An amount against its maximum: the amount large, its share of the maximum and the maximum below. */
  public static Tile share(String title, String unit) {
    return base(SkinType.PERCENTAGE, title, 1).unit(unit).decimals(0).maxValueVisible(false).build();
  }

  public static Tile number(String title, String unit) {
    return base(SkinType.NUMBER, title, 1).unit(unit).decimals(0).build();
  }

  public static Tile areaChart(String title, int width) {
    return base(SkinType.SMOOTH_AREA_CHART, title, width).smoothing(true).build();
  }

  public static Tile custom(String title, int width, Node content) {
    return base(SkinType.CUSTOM, title, width).graphic(content).build();
  }

  private static TileBuilder<?> base(SkinType skin, String title, int width) {
    return TileBuilder.create().skinType(skin).prefSize(SIZE * width + 10 * (width - 1), SIZE)
        .maxSize(Double.MAX_VALUE, Double.MAX_VALUE).title(title).textVisible(true).animated(false);
  }

  public static void applyTheme(Tile tile, Theme theme) {
    tile.setBackgroundColor(theme.tileBackground());
    tile.setForegroundBaseColor(theme.tileForeground());
  }
}
