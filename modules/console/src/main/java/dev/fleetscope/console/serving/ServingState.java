package dev.fleetscope.console.serving;

import dev.fleetscope.runtime.serving.ServingBoard;
import dev.fleetscope.runtime.serving.ServingSummary;
import java.time.Duration;
import java.util.Optional;

/**
 * What the Serving view and the Overview's tile show: the board once read, and what is happening.
 *
 * @param board the latest board; empty until the first reading
 * @param reading whether a reading is under way
 * @param message what is being read, or what was
 */
public record ServingState(
    Duration window, Optional<ServingBoard> board, boolean reading, String message) {
  public static final ServingState INITIAL =
      new ServingState(Duration.ofHours(1), Optional.empty(), false, "Waiting for the fleet…");

  public ServingSummary summary() {
    return board.map(ServingBoard::summary).orElse(ServingSummary.NONE);
  }

  ServingState reading(String what) {
    return new ServingState(window, board, true, what);
  }

  ServingState with(ServingBoard fresh, String what, boolean stillReading) {
    return new ServingState(fresh.window().window(), Optional.of(fresh), stillReading, what);
  }
}
