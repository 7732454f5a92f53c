package dev.fleetscope.runtime.rightsizing;

import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a set of rows adds up to: savings per month in each currency, and the risk of their replays:
 * the share of all replayed CPU minutes above the recommended requests and the would-be OOM kills.
 *
 * @param atRisk rows whose replay starves more than {@code budget} of their minutes or OOM-kills at
 *     least once
 */
public record RecommendationTotals(
    int containers,
    Map<Currency, Double> savingsPerMonth,
    double starvedShare,
    long wouldBeOoms,
    int atRisk) {

  public static final RecommendationTotals NONE = of(List.of(), 0);

  public static RecommendationTotals of(List<RecommendationRow> rows, double budget) {
    Map<Currency, Double> savings = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    double starved = 0;
    long samples = 0;
    long ooms = 0;
    int atRisk = 0;
    for (RecommendationRow row : rows) {
      savings.merge(row.currency(), row.savingsPerMonth(), Double::sum);
      starved += row.starvedShare() * row.cpuSamples();
      samples += row.cpuSamples();
      ooms += row.wouldBeOoms();
      atRisk += row.starvedShare() > budget || row.wouldBeOoms() > 0 ? 1 : 0;
    }
    return new RecommendationTotals(
        rows.size(),
        Collections.unmodifiableMap(savings),
        samples == 0 ? 0 : starved / samples,
        ooms,
        atRisk);
  }
}
