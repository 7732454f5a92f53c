package dev.fleetscope.console.recommendations;

import javafx.application.Platform;

/**
 * Runs an FX-thread update once for a burst of changes: choosing 460 rows at once is 460 set
 * changes, and the table needs refreshing once, not 460 times.
 */
final class OncePerPulse implements Runnable {
  private final Runnable update;
  private boolean queued;

  OncePerPulse(Runnable update) {
    this.update = update;
  }

  /** Call on the FX thread. */
  @Override
  public void run() {
    if (!queued) {
      queued = true;
      Platform.runLater(
          () -> {
            queued = false;
            update.run();
          });
    }
  }
}
