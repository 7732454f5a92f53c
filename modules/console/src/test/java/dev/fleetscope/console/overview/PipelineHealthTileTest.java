package dev.fleetscope.console.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.runtime.pipelines.PipelineHealth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Overview's pipeline tile with every run state and many failures at once (TestFX on Monocle).
 */
class PipelineHealthTileTest {
  /** The tile's cell on the Overview of a 1920×1080 window (four columns, three rows). */
  private static final double TILE_WIDTH = 464;

  private static final double TILE_HEIGHT = 274;

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
  void onTheDesktopThreeFailuresAreNamedOnePerLine() {
    PipelineHealthTile tile = new PipelineHealthTile(() -> {});
    show(tile);
    assertEquals(
        List.of(
            "✕ features_nightly_0: build_user_features",
            "✕ features_nightly_1: build_user_features",
            "✕ features_nightly_2: build_user_features",
            "and 6 more failures"),
        failureLines(tile.tile()));
  }

  private void show(PipelineHealthTile tile) {
    robot.interact(
        () -> {
          tile.show(CROWDED);
          stage = new Stage();
          stage.setScene(new Scene(new StackPane(tile.tile()), TILE_WIDTH, TILE_HEIGHT));
          stage.show();
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private List<String> failureLines(Node tile) {
    return robot.from(tile).lookup(".pipeline-failure").queryAll().stream()
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
