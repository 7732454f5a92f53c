package dev.fleetscope.alerts;

import dev.fleetscope.alerts.input.InputKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a rule watches, what its value measures (with unit and period), and which way its threshold
 * points. A rule's condition holds when the value reaches the threshold: at or above it, or at or
 * below it for {@link #GPU_IDLE}.
 */
public enum RuleKind {
  DATASET_DRIFT(
      "dataset-drift",
      "share of a model's columns that drifted, current window against reference",
      Unit.FRACTION,
      false,
      InputKind.DRIFT,
      0,
      1),
  PIPELINE_FAILED(
      "pipeline-failed",
      "a pipeline's finished runs that failed in a row, newest first",
      Unit.RUNS,
      false,
      InputKind.RUNS,
      1,
      1000),
  PIPELINE_SLOW(
      "pipeline-slow",
      "a pipeline's latest run time over its usual time (p95 of its recent succeeded runs)",
      Unit.RATIO,
      false,
      InputKind.RUNS,
      0.1,
      1000),
  OOM_KILLS(
      "oom-kills",
      "a container's OOM kills in the last 24 h",
      Unit.KILLS,
      false,
      InputKind.FLEET,
      1,
      1_000_000),
  CPU_THROTTLING(
      "cpu-throttling",
      "share of a container's CPU periods (CFS) that were throttled, over the reading's window",
      Unit.FRACTION,
      false,
      InputKind.THROTTLING,
      0,
      1),
  GPU_IDLE(
      "gpu-idle",
      "utilization of a workload's allocated GPUs (the busiest of its GPU containers); fires at or"
          + " below the threshold",
      Unit.FRACTION,
      true,
      InputKind.FLEET,
      0,
      1),
  COST_OVER_FORECAST(
      "cost-over-forecast",
      "a day's cost above that day's forecast, as a share of the forecast",
      Unit.FRACTION,
      false,
      InputKind.COST,
      0,
      100),
  SOURCE_UNHEALTHY(
      "source-unhealthy",
      "minutes since a stale or failing source last reported (never: infinite)",
      Unit.MINUTES,
      false,
      InputKind.SOURCES,
      0,
      525_600);

  /** How a value of this kind is written for a person. */
  public enum Unit {
    /** 0..1, written as a percentage. */
    FRACTION,
    RUNS,
    /** A multiple, written {@code 1.4×}. */
    RATIO,
    KILLS,
    MINUTES
  }

  private final String id;
  private final String measures;
  private final Unit unit;
  private final boolean below;
  private final InputKind input;
  private final double min;
  private final double max;

  RuleKind(
      String id,
      String measures,
      Unit unit,
      boolean below,
      InputKind input,
      double min,
      double max) {
    this.id = id;
    this.measures = measures;
    this.unit = unit;
    this.below = below;
    this.input = input;
    this.min = min;
    this.max = max;
  }

  /** The name used in the rules file and on the command line ({@code dataset-drift}). */
  public String id() {
    return id;
  }

  /** What the value is, with its unit and period. */
  public String measures() {
    return measures;
  }

  public Unit unit() {
    return unit;
  }

  /** Which of the inputs this kind is computed from. */
  public InputKind input() {
    return input;
  }

  /**
   * Whether {@code value} reaches {@code threshold}: at or above it, or at or below for idleness.
   */
  public boolean reached(double value, double threshold) {
    if (Double.isNaN(value)) {
      return false;
    }
    return below ? value <= threshold : value >= threshold;
  }

  /** Why {@code threshold} cannot be this kind's threshold, when it cannot. */
  public Optional<String> thresholdProblem(double threshold) {
    if (Double.isNaN(threshold) || threshold < min || threshold > max) {
      return Optional.of(
          "the threshold of a "
              + id
              + " rule is "
              + (unit == Unit.FRACTION ? "a fraction " : "")
              + "between "
              + plain(min)
              + " and "
              + plain(max)
              + ", was "
              + plain(threshold));
    }
    return Optional.empty();
  }

  /** A value as a person reads it, with its unit: {@code 58%}, {@code 2 runs}, {@code 1.40×}. */
  public String format(double value) {
    if (Double.isInfinite(value)) {
      return "never";
    }
    return switch (unit) {
      case FRACTION -> String.format(Locale.ROOT, "%.0f%%", value * 100);
      case RATIO -> String.format(Locale.ROOT, "%.2f×", value);
      case RUNS -> plain(value) + (value == 1 ? " run" : " runs");
      case KILLS -> plain(value) + (value == 1 ? " kill" : " kills");
      case MINUTES -> plain(Math.floor(value)) + " min";
    };
  }

  /** The threshold as a condition: {@code ≥ 50%}, {@code ≤ 5%}. */
  public String condition(double threshold) {
    return comparison() + " " + format(threshold);
  }

  /** Which way the threshold points: {@code ≥}, or {@code ≤} for idleness. */
  public String comparison() {
    return below ? "≤" : "≥";
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }

  /** The kind named {@code id} ({@code oom-kills}); throws naming the known kinds otherwise. */
  public static RuleKind ofId(String id) {
    return Arrays.stream(values())
        .filter(k -> k.id.equalsIgnoreCase(id.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown rule kind '"
                        + id
                        + "'; expected one of "
                        + Arrays.stream(values()).map(RuleKind::id).toList()));
  }
}
