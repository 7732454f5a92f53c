package dev.fleetscope.runtime.changes;

import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.RunOutcome;
import java.util.Currency;
import java.util.Map;

/**
 * Told what the console recommends and how its changes end: the console's own metrics listen here.
 */
public interface RightsizingObserver {
  RightsizingObserver NONE = new RightsizingObserver() {};

  /**
   * A fresh set of recommendations: how many containers, and what they save per month in each
   * currency.
   */
  default void recommended(
      String strategy, int containers, Map<Currency, Double> savingsPerMonth) {}

  /** A change of an apply, resumption or rollback reached a final state. */
  default void changeFinished(ChangeState state) {}

  default void runEnded(RunOutcome.Kind outcome) {}
}
