package dev.fleetscope.runtime.cost;

import dev.fleetscope.cost.billing.CostGroup;
import dev.fleetscope.cost.billing.CostMeasure;
import dev.fleetscope.cost.billing.CostQuery;
import dev.fleetscope.cost.billing.CostReport;
import dev.fleetscope.cost.billing.FocusColumn;
import dev.fleetscope.cost.billing.GroupBy;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A breakdown from the billing export: the store's exact group sums, by cluster tag or by service.
 */
public final class BillingBreakdown {
  private BillingBreakdown() {}

  /** How the store groups rows for a billed dimension. */
  public static GroupBy groupBy(CostDimension dimension) {
    return switch (dimension) {
      case CLUSTER -> new GroupBy.KubernetesCluster();
      case SERVICE -> new GroupBy.Column(FocusColumn.SERVICE_NAME);
      default -> throw new IllegalArgumentException(dimension + " is not in a billing export");
    };
  }

  /** The billed breakdown of the picture's month, from the store that holds the bill. */
  public static Breakdown ofMonth(
      BillingLedger ledger, BillingPicture picture, CostDimension dimension) throws IOException {
    YearMonth month = picture.outlook().month();
    CostQuery query =
        new CostQuery(
            groupBy(dimension),
            Optional.of(start(month.atDay(1))),
            Optional.of(start(month.plusMonths(1).atDay(1))),
            BillingPicture.MEASURE);
    return of(ledger.report(query), dimension, BillingPicture.MEASURE, picture.monthToDatePeriod());
  }

  static Breakdown of(
      CostReport report, CostDimension dimension, CostMeasure measure, String period) {
    if (report.groups().isEmpty() || report.currency().isEmpty()) {
      return Breakdown.none(dimension, "The billing export has no charges for " + period + ".");
    }
    Currency currency = report.currency().get();
    List<BreakdownRow> slices =
        report.groups().stream().map(g -> slice(g, dimension, measure, currency)).toList();
    return new Breakdown(
        dimension,
        "billing export (FOCUS), " + measure.optionName() + " cost",
        report.currency(),
        period,
        false,
        Breakdown.ranked(slices),
        Optional.empty());
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static BreakdownRow slice(
      CostGroup group, CostDimension dimension, CostMeasure measure, Currency currency) {
    String detail =
        String.format(
            Locale.ROOT,
            "%,d charges · list price %s",
            group.rows(),
            CostText.amount(group.listCost().doubleValue(), currency));
    return new BreakdownRow(
        group.key().orElse(dimension.missing()),
        group.cost(measure).doubleValue(),
        0,
        false,
        detail);
  }
}
