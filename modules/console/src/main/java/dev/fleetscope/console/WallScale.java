package dev.fleetscope.console;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

/**
 * How much a wall's type grows with its screen: a wall is read from across the room, so on a 4K
 * screen each line keeps the share of the height it has at 1080 lines (twice the pixels), and never
 * shrinks below its 1080p size.
 */
public final class WallScale {
  /** The screen height the wall's sizes are chosen for. */
  public static final double REFERENCE_HEIGHT = 1080;

  private WallScale() {}

  public static double of(double screenHeight) {
    return Math.max(1, screenHeight / REFERENCE_HEIGHT);
  }

  /**
   * Sets {@code region}'s type (its labels inherit it) to {@code px} at 1080 lines, grown with the
   * height of whatever scene it is in.
   */
  public static void fontFollowsScreen(Region region, double px) {
    ChangeListener<Scene> follow =
        (obs, old, scene) -> {
          region.styleProperty().unbind();
          if (scene != null) {
            region
                .styleProperty()
                .bind(
                    Bindings.createStringBinding(
                        () ->
                            String.format(
                                Locale.ROOT, "-fx-font-size: %.0fpx;", px * of(scene.getHeight())),
                        scene.heightProperty()));
          }
        };
    region.sceneProperty().addListener(follow);
    follow.changed(region.sceneProperty(), null, region.getScene());
  }
}
