package dev.fleetscope.runtime.cost;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The Cost view's current state, changed by its background workers one step at a time; every change
 * is handed to the publisher (the console's is latest-wins on the FX thread).
 */
public final class CostStates {
  private final Consumer<CostState> publisher;
  private CostState current;

  public CostStates(CostState initial, Consumer<CostState> publisher) {
    this.current = initial;
    this.publisher = publisher;
  }

  public synchronized void update(UnaryOperator<CostState> change) {
    current = change.apply(current);
    publisher.accept(current);
  }

  public synchronized CostState current() {
    return current;
  }

  public void activity(CostActivity activity) {
    update(s -> s.withActivity(activity));
  }
}
