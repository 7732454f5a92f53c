package dev.fleetscope.runtime.cost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A small FOCUS export written for a test, each charge one day long, so its sums can be worked out
 * by hand.
 */
public final class SmallBill {
  static final String HEADER =
      "BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,BillingAccountId,"
          + "BillingCurrency,BilledCost,EffectiveCost,ListCost,ChargeCategory,ProviderName,ServiceName,Tags";

  private final List<String> lines = new ArrayList<>(List.of(HEADER));

  /**
   * A day's charge of {@code cost} (billed = effective; list 4/3 of it), tagged for {@code cluster}
   * when given.
   */
  public SmallBill charge(LocalDate day, String service, String cost, String cluster) {
    YearMonth month = YearMonth.from(day);
    String tags =
        cluster == null ? "" : "\"{\"\"aws:eks:cluster-name\"\":\"\"" + cluster + "\"\"}\"";
    String list =
        new java.math.BigDecimal(cost)
            .multiply(java.math.BigDecimal.valueOf(4))
            .divide(java.math.BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_EVEN)
            .toPlainString();
    lines.add(
        String.join(
            ",",
            month.atDay(1) + "T00:00:00Z",
            month.plusMonths(1).atDay(1) + "T00:00:00Z",
            day + "T00:00:00Z",
            day.plusDays(1) + "T00:00:00Z",
            "acct-1",
            "USD",
            cost,
            cost,
            list,
            "Usage",
            "Acme Cloud",
            service,
            tags));
    return this;
  }

  /** A raw line, for malformed files. */
  public SmallBill line(String raw) {
    lines.add(raw);
    return this;
  }

  public Path write(Path file) throws IOException {
    return Files.write(file, lines);
  }

  /**
   * November 2026 through the 10th: each day alpha's Compute costs 30.00 and beta's 10.00 USD; on
   * the 5th an untagged Storage charge of 5.00; and on October 31st alpha's Compute 100.00 (outside
   * the month).
   */
  public static SmallBill november() {
    SmallBill bill =
        new SmallBill().charge(LocalDate.of(2026, 10, 31), "Compute", "100.00", "alpha");
    for (int day = 1; day <= 10; day++) {
      LocalDate d = LocalDate.of(2026, 11, day);
      bill.charge(d, "Compute", "30.00", "alpha").charge(d, "Compute", "10.00", "beta");
    }
    return bill.charge(LocalDate.of(2026, 11, 5), "Storage", "5.00", null);
  }
}
