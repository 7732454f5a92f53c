package dev.fleetscope.runtime.alerts;

import dev.fleetscope.alerts.input.CostVsForecast;
import dev.fleetscope.alerts.input.Placement;
import dev.fleetscope.cost.billing.DailyCost;
import dev.fleetscope.cost.billing.MonthOutlook;
import dev.fleetscope.runtime.cost.BillingPicture;
import java.math.BigDecimal;
import java.util.List;

/**
 * The fleet's latest billed day against what was forecast for it: the run rate of the {@value
 * MonthOutlook#RUN_RATE_DAYS} days before it, as the Cost view's month-end forecast extends it. A
 * bill of fewer than two days forecasts nothing.
 */
public final class CostForecasts {
  public static final String FLEET = "fleet";

  private CostForecasts() {}

  public static List<CostVsForecast> of(BillingPicture picture) {
    List<DailyCost> days = picture.trend();
    if (days.size() < 2) {
      return List.of();
    }
    DailyCost latest = days.getLast();
    List<DailyCost> before =
        days.subList(Math.max(0, days.size() - 1 - MonthOutlook.RUN_RATE_DAYS), days.size() - 1);
    double forecast =
        before.stream().map(DailyCost::cost).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue()
            / before.size();
    return List.of(
        new CostVsForecast(
            FLEET,
            "the fleet",
            Placement.NONE,
            latest.day(),
            latest.cost().doubleValue(),
            forecast,
            picture.currency().getCurrencyCode()));
  }
}
