package dev.fleetscope.alerts.condition;

import dev.fleetscope.alerts.AlertLink;
import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.Subject;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.CostVsForecast;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Each slice's cost of a day against that day's forecast. */
final class CostOverForecast implements Condition {
  @Override
  public List<Measurement> measure(AlertRule rule, AlertInputs inputs, Instant now) {
    return inputs.cost().orElseThrow().stream()
        .filter(c -> !Double.isNaN(c.overForecast()))
        .map(CostOverForecast::measurement)
        .toList();
  }

  private static Measurement measurement(CostVsForecast cost) {
    double over = cost.overForecast();
    return new Measurement(
        new Subject("cost:" + cost.key(), cost.name(), cost.placement()),
        over,
        Optional.empty(),
        cost.name()
            + " cost "
            + Texts.money(cost.actual(), cost.currency())
            + " on "
            + cost.day()
            + ", "
            + Texts.percent(Math.abs(over))
            + (over >= 0 ? " above" : " below")
            + " its forecast of "
            + Texts.money(cost.forecast(), cost.currency())
            + " per day",
        new AlertLink(AlertLink.COST, cost.key()),
        cost);
  }
}
