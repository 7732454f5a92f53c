package dev.fleetscope.app.ui.cost;

import dev.fleetscope.app.ui.FxLatest;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The Cost view's current state, changed by its background workers one step at a time; every change
 * is handed to the FX thread (latest wins).
 */
final class CostStates {
  private final Consumer<CostState> toFx;
  private CostState current;

  CostStates(CostState initial, Consumer<CostState> onFxThread) {
    this.current = initial;
    this.toFx = new FxLatest<>(onFxThread);
  }

  synchronized void update(UnaryOperator<CostState> change) {
    current = change.apply(current);
    toFx.accept(current);
  }

  synchronized CostState current() {
    return current;
  }

  void activity(CostActivity activity) {
    update(s -> s.withActivity(activity));
  }
}
