package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The views' scroll panes draw their content without the skin's bitmap cache (TestFX, Monocle). */
class ScrollPanesTest {
  private final FxRobot robot = new FxRobot();

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void theSkinCachesTheViewportUnlessToldNot() {
    ScrollPane plain = new ScrollPane(new Label("as JavaFX makes it"));
    ScrollPane views = ScrollPanes.withoutViewportCache(new ScrollPane(new Label("as views do")));
    robot.interact(
        () -> {
          new Scene(new VBox(plain, views)).getRoot().applyCss(); // creates both skins
        });
    assertTrue(
        plain.lookup(".viewport").isCache(),
        "JavaFX's skin caches the viewport as a bitmap: the reason for ScrollPanes");
    assertFalse(views.lookup(".viewport").isCache());
  }
}
