package dev.fleetscope.console;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands values from background threads to the FX thread, keeping only the latest: if the FX thread
 * is busy when three snapshots arrive, it applies the third and never queues the other two.
 */
public final class FxLatest<T> implements Consumer<T> {
  private final AtomicReference<T> pending = new AtomicReference<>();
  private final Consumer<T> onFxThread;

  public FxLatest(Consumer<T> onFxThread) {
    this.onFxThread = onFxThread;
  }

  @Override
  public void accept(T value) {
    if (pending.getAndSet(value) == null) {
      Platform.runLater(() -> onFxThread.accept(pending.getAndSet(null)));
    }
  }
}
