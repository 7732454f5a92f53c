package dev.fleetscope.prometheus;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Small helpers for writing PromQL text. */
final class PromQl {
  private PromQl() {}

  /**
   * A range selector's duration that covers {@code (t - window, t]} on Prometheus 2 (whose ranges
   * include their left end) as on Prometheus 3 (whose do not): a sample exactly one window back
   * belongs to the previous step.
   */
  static String window(Duration window) {
    return "[" + (window.toMillis() - 1) + "ms]";
  }

  /**
   * A rate's window: one second more than the step, so that it reaches back to the sample that
   * closes the previous step and the rate is the counter's increase over exactly the step, its
   * first minute included (a window of exactly the step would see only the increase between the
   * step's own samples).
   */
  static String rateWindow(Duration window) {
    return "[" + (window.toSeconds() + 1) + "s]";
  }

  /**
   * {@code [window - 1s : step]}: evaluated at a step-aligned end (or any end in whole seconds), it
   * holds exactly {@code window / step} step-aligned points on Prometheus 2 and 3 alike.
   */
  static String subquery(Duration window, Duration step) {
    return "[" + (window.toSeconds() - 1) + "s:" + seconds(step) + "]";
  }

  /** A duration in whole seconds, for offsets and subquery steps: {@code 300s}. */
  static String seconds(Duration duration) {
    return duration.toSeconds() + "s";
  }

  /**
   * A label list for {@code by (...)} and {@code on (...)}, skipping empty names (no cluster
   * label).
   */
  static String labels(String... names) {
    return Arrays.stream(names).filter(n -> !n.isEmpty()).collect(Collectors.joining(", "));
  }

  /**
   * {@code label_replace(expr, "to", "$1", "from", "(.+)")}, or {@code expr} itself when the names
   * are equal.
   */
  static String copyLabel(String expr, String from, String to) {
    return from.equals(to)
        ? expr
        : "label_replace(" + expr + ", \"" + to + "\", \"$1\", \"" + from + "\", \"(.+)\")";
  }
}
