package dev.fleetscope.console.overview;

import dev.fleetscope.console.Tiles;
import dev.fleetscope.console.serving.ServingState;
import dev.fleetscope.runtime.serving.ServingSummary;
import dev.fleetscope.runtime.serving.ServingText;
import eu.hansolo.tilesfx.Tile;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;

/**
 * The fleet's model serving in three figures: requests per second over the window (large), the
 * worst p99 latency and which model has it, and what 1,000 requests cost; a click opens the Serving
 * view.
 */
final class ServingTile {
  private final Tile tile = Tiles.number("Model serving", "requests/s");
  private String hint = "";

  Tile tile() {
    return tile;
  }

  void onClick(Runnable open) {
    hint = " · click for the Serving view";
    tile.setCursor(Cursor.HAND);
    Tooltip.install(
        tile, new Tooltip("Open the Serving view: every model's latency, errors, load and cost"));
    tile.setOnMouseClicked(e -> open.run());
  }

  /**
   * {@code llm-serving / guardrails-gpu-predictor}: JavaFX wraps only at spaces, and without them a
   * long name broke anywhere in a tile on a 1280 px window ("…gpu-predict", "or").
   */
  private static String wrappable(String model) {
    return model.replace("/", " / ");
  }

  void show(ServingState state) {
    ServingSummary s = state.summary();
    if (state.board().isEmpty()) {
      tile.setValue(0);
      tile.setDescription(state.reading() ? "reading…" : "no model served yet");
      tile.setText(hint.isEmpty() ? "" : hint.substring(3));
      return;
    }
    tile.setDecimals(s.requestsPerSecond() < 10 ? 1 : 0);
    tile.setValue(s.requestsPerSecond());
    tile.setDescription(
        s.models()
            + " models, last "
            + (state.window().toMinutes() % 60 == 0
                ? state.window().toHours() + " h"
                : state.window().toMinutes() + " min")
            + s.worstP99()
                .map(
                    w ->
                        "\nworst p99 "
                            + ServingText.seconds(w.seconds())
                            + " · "
                            + wrappable(w.model()))
                .orElse(""));
    tile.setText(
        s.costPer1kRequests()
                .map(
                    m ->
                        ServingText.amount(m.amount(), m.currency().getCurrencyCode())
                            + " per 1,000 requests")
                .orElse("no cost per 1,000 requests")
            + hint);
  }
}
