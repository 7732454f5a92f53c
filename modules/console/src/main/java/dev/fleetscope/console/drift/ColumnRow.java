package dev.fleetscope.console.drift;

import dev.fleetscope.drift.ColumnResult;
import dev.fleetscope.drift.DriftTest;
import java.util.Optional;

/**
 * One line of the column table: the test Evidently's rules chose (or the user set), its score
 * against its threshold, the verdict, and the distributions to draw.
 *
 * @param test the test's name, or empty for a column without values in a window
 * @param score the p-value or distance (NaN when untested or undefined)
 * @param rule when the column counts as drifted, e.g. {@code distance ≥ 0.1}
 * @param verdict {@code drift}, {@code no drift}, or why the column was not tested
 */
public record ColumnRow(
    String column,
    String type,
    String test,
    double score,
    String rule,
    boolean drift,
    String verdict,
    double referenceValues,
    double currentValues,
    Optional<Bars> bars) {

  static ColumnRow of(ColumnResult result) {
    return switch (result) {
      case ColumnResult.Tested t ->
          new ColumnRow(
              t.column(),
              t.type().label(),
              t.test().label(),
              t.score(),
              rule(t.test(), t.threshold()),
              t.drift(),
              Double.isNaN(t.score()) ? "undefined" : t.drift() ? "drift" : "no drift",
              t.referenceCount(),
              t.currentCount(),
              Optional.of(Bars.of(t.distribution())));
      case ColumnResult.Empty e ->
          new ColumnRow(
              e.column(),
              e.type().label(),
              "",
              Double.NaN,
              "",
              false,
              "no values in "
                  + switch (e.side()) {
                    case REFERENCE -> "the reference";
                    case CURRENT -> "the current window";
                    case BOTH -> "either window";
                  },
              e.referenceCount(),
              e.currentCount(),
              Optional.empty());
    };
  }

  /**
   * The comparison that makes a drift: KS at most its p-value threshold, chi-square and z below,
   * distances at least.
   */
  static String rule(DriftTest test, double threshold) {
    String t = Numbers.score(threshold);
    if (!test.scoreIsPValue()) {
      return "distance ≥ " + t;
    }
    return "p " + (test.drifted(threshold, threshold) ? "≤ " : "< ") + t;
  }

  public String valuesText() {
    return Numbers.count(referenceValues) + " / " + Numbers.count(currentValues);
  }

  public String scoreText() {
    return test.isEmpty() ? "" : Numbers.score(score);
  }
}
