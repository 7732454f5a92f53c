package dev.fleetscope.drift;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The drift tests Evidently offers under these names, with its default thresholds and its rule for
 * what counts as drift: a p-value at most (KS) or below (chi-square, z) the threshold, or a
 * distance at least the threshold.
 */
public enum DriftTest {
  KS("ks", 0.05, Rule.P_VALUE_AT_MOST, true, false),
  CHISQUARE("chisquare", 0.05, Rule.P_VALUE_BELOW, false, true),
  Z("z", 0.05, Rule.P_VALUE_BELOW, false, true),
  WASSERSTEIN("wasserstein", 0.1, Rule.DISTANCE_AT_LEAST, true, false),
  JENSENSHANNON("jensenshannon", 0.1, Rule.DISTANCE_AT_LEAST, true, true),
  PSI("psi", 0.1, Rule.DISTANCE_AT_LEAST, true, true),
  KL_DIV("kl_div", 0.1, Rule.DISTANCE_AT_LEAST, true, true),
  HELLINGER("hellinger", 0.1, Rule.DISTANCE_AT_LEAST, true, true);

  private enum Rule {
    P_VALUE_AT_MOST,
    P_VALUE_BELOW,
    DISTANCE_AT_LEAST
  }

  private final String label;
  private final double defaultThreshold;
  private final Rule rule;
  private final boolean numerical;
  private final boolean categorical;

  DriftTest(
      String label, double defaultThreshold, Rule rule, boolean numerical, boolean categorical) {
    this.label = label;
    this.defaultThreshold = defaultThreshold;
    this.rule = rule;
    this.numerical = numerical;
    this.categorical = categorical;
  }

  /** Evidently's name for the test, as used on the command line and in JSON. */
  public String label() {
    return label;
  }

  public double defaultThreshold() {
    return defaultThreshold;
  }

  /**
   * True when the score is a p-value (small means drift), false when it is a distance (large means
   * drift).
   */
  public boolean scoreIsPValue() {
    return rule != Rule.DISTANCE_AT_LEAST;
  }

  public boolean drifted(double score, double threshold) {
    return switch (rule) {
      case P_VALUE_AT_MOST -> score <= threshold;
      case P_VALUE_BELOW -> score < threshold;
      case DISTANCE_AT_LEAST -> score >= threshold;
    };
  }

  public boolean appliesTo(ColumnType type) {
    return type == ColumnType.NUMERICAL ? numerical : categorical;
  }

  /** The test named {@code name} (case-insensitive), or an exception listing the known names. */
  public static DriftTest byLabel(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(t -> t.label.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown drift test '"
                        + name
                        + "'; known: "
                        + Arrays.stream(values())
                            .map(DriftTest::label)
                            .collect(Collectors.joining(", "))));
  }
}
