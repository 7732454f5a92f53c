package dev.fleetscope.console.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.runtime.pipelines.PipelineHealth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Overview's pipeline tile with every run state and many failures at once, laid out in the cell
 * a wall Overview gives it (TestFX on Monocle): in the wall's type, its lists still fit.
 */
class PipelineHealthTileTest {
  /**
   * The pipeline tile's cell on a wall Overview at 1920×1080 (four columns, three rows), measured
   * on a screenshot of {@code ./fleetscope --wall} under Xvfb; at 4K both it and the type double.
   */
  private static final double WALL_TILE_WIDTH = 464;

  private static final double WALL_TILE_HEIGHT = 274;

  /** Every state at once, in four figures, and nine failures with names as long as real ones. */
  private static final PipelineHealth CROWDED =
      new PipelineHealth(
          true,
          counts(),
          IntStream.range(0, 9)
              .mapToObj(i -> "features_nightly_" + i + ": build_user_features")
              .toList(),
          4,
          4);

  private final FxRobot robot = new FxRobot();
  private Stage stage;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void close() {
    if (stage != null) {
      robot.interact(stage::close);
    }
  }

  @Test
  void onAWallEveryStateAndAFailureFitTheTileInTheWallsType() throws Exception {
    PipelineHealthTile tile = new PipelineHealthTile(() -> {});
    tile.forWall();
    tile.lists().setStyle("-fx-font-size: " + OverviewView.WALL_LIST_PX + "px");
    show(tile);

    Region lists = tile.lists();
    assertEquals(
        RunState.values().length, robot.from(lists).lookup(".pipeline-count").queryAll().size());
    assertEquals(
        List.of("✕ features_nightly_0: build_user_features", "and 8 more failures"),
        failureLines(lists));
    double[] neededAndGiven =
        WaitForAsyncUtils.asyncFx(
                () ->
                    new double[] {
                      lists.prefHeight(lists.getWidth()), ((Region) lists.getParent()).getHeight()
                    })
            .get(10, TimeUnit.SECONDS);
    assertTrue(neededAndGiven[1] > 0, "laid out");
    Label more = robot.from(lists).lookup("and 8 more failures").queryAs(Label.class);
    assertTrue(
        WaitForAsyncUtils.asyncFx(() -> more.getWidth() >= more.prefWidth(-1))
            .get(10, TimeUnit.SECONDS),
        "how many more is never cut short");
    assertTrue(
        neededAndGiven[0] <= neededAndGiven[1],
        "the lists need "
            + neededAndGiven[0]
            + " px, the tile has "
            + neededAndGiven[1]
            + " px for them");
  }

  @Test
  void onTheDesktopThreeFailuresAreNamedOnePerLine() {
    PipelineHealthTile tile = new PipelineHealthTile(() -> {});
    show(tile);
    assertEquals(
        List.of(
            "✕ features_nightly_0: build_user_features",
            "✕ features_nightly_1: build_user_features",
            "✕ features_nightly_2: build_user_features",
            "and 6 more failures"),
        failureLines(tile.lists()));
  }

  private void show(PipelineHealthTile tile) {
    robot.interact(
        () -> {
          tile.show(CROWDED);
          stage = new Stage();
          stage.setScene(new Scene(new StackPane(tile.tile()), WALL_TILE_WIDTH, WALL_TILE_HEIGHT));
          stage.show();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private List<String> failureLines(Region lists) {
    return robot.from(lists).lookup(".pipeline-failure").queryAll().stream()
        .map(Node.class::cast)
        .map(label -> ((Label) label).getText())
        .toList();
  }

  private static Map<RunState, Long> counts() {
    Map<RunState, Long> counts = new EnumMap<>(RunState.class);
    for (RunState state : RunState.values()) {
      counts.put(state, 1000L + state.ordinal());
    }
    return counts;
  }
}
