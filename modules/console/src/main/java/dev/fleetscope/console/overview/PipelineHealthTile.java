package dev.fleetscope.console.overview;

import dev.fleetscope.console.Tiles;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.runtime.pipelines.PipelineHealth;
import eu.hansolo.tilesfx.Tile;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Pipeline runs of the last 24 hours by state, the failures named; a click opens the Pipelines
 * view.
 */
final class PipelineHealthTile {
  private static final List<RunState> SHOWN =
      List.of(
          RunState.SUCCEEDED,
          RunState.FAILED,
          RunState.RUNNING,
          RunState.QUEUED,
          RunState.CANCELED,
          RunState.PAUSED,
          RunState.SKIPPED,
          RunState.UNKNOWN);
  private static final int NAMED_FAILURES = 3;

  private final VBox counts = new VBox(4);
  private final VBox failures = new VBox(2);
  private final VBox lists = new VBox(10, counts, failures);
  private final Tile tile;

  PipelineHealthTile(Runnable open) {
    lists.getStyleClass().add("pipeline-tile");
    lists.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    tile = Tiles.custom("Pipeline runs, last 24 h", 1, lists);
    tile.setCursor(Cursor.HAND);
    tile.setOnMouseClicked(e -> open.run());
  }

  Tile tile() {
    return tile;
  }

  void show(PipelineHealth health) {
    List<HBox> chips = new ArrayList<>();
    for (RunState state : SHOWN) {
      long n = health.count(state);
      if (n > 0 || state == RunState.SUCCEEDED || state == RunState.FAILED) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("run-swatch", state.id());
        Label text = new Label(n + " " + state.id());
        text.getStyleClass().add("pipeline-count");
        text.setId("pipeline-count-" + state.id());
        HBox chip = new HBox(5, swatch, text);
        chip.setAlignment(Pos.CENTER_LEFT);
        chips.add(chip);
      }
    }
    counts.getChildren().setAll(health.loaded() ? chips : List.of());
    failures.getChildren().setAll(onePerLine(health.failures()));
    tile.setDescription(
        !health.loaded()
            ? "loading…"
            : health.liveSources() + " of " + health.sources() + " sources live");
    tile.setText(health.loaded() ? health.total() + " runs · click for the Pipelines view" : "");
  }

  /** The first {@value #NAMED_FAILURES} failures by name, one a line, then how many more. */
  private static List<Label> onePerLine(List<String> failures) {
    List<Label> lines = new ArrayList<>();
    for (String failure : failures.subList(0, Math.min(NAMED_FAILURES, failures.size()))) {
      lines.add(failureLine("✕ " + failure));
    }
    if (failures.size() > NAMED_FAILURES) {
      lines.add(failureLine("and " + (failures.size() - NAMED_FAILURES) + " more failures"));
    }
    return lines;
  }

  private static Label failureLine(String text) {
    Label line = new Label(text);
    line.getStyleClass().add("pipeline-failure");
    return line;
  }
}
