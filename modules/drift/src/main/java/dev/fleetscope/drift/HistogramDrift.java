package dev.fleetscope.drift;

import java.util.ArrayList;
import java.util.List;

/**
 * Prediction or score drift from a Prometheus histogram that a model server exports: the cumulative
 * bucket counts ({@code _bucket{le=...}}) increased over a reference and a current window, as
 * another module fetches them. The buckets are compared as ordered categories with Evidently's
 * categorical rules (chi-square or z-test up to 1,000 reference observations, Jensen-Shannon
 * above), unless options override the test for {@code name}.
 */
public final class HistogramDrift {
  private final DriftOptions options;

  public HistogramDrift(DriftOptions options) {
    this.options = options;
  }

  /**
   * @param upperBounds ascending bucket bounds ({@code le}); the last is usually +Inf
   * @param referenceCumulative cumulative count per bucket over the reference window (may be
   *     fractional, as {@code increase()} extrapolates)
   * @param currentCumulative cumulative count per bucket over the current window
   */
  public ColumnResult compare(
      String name, double[] upperBounds, double[] referenceCumulative, double[] currentCumulative) {
    if (upperBounds.length == 0
        || upperBounds.length != referenceCumulative.length
        || upperBounds.length != currentCumulative.length) {
      throw new IllegalArgumentException(
          "histogram '"
              + name
              + "': need one cumulative count per bucket, got "
              + upperBounds.length
              + " bounds, "
              + referenceCumulative.length
              + " reference and "
              + currentCumulative.length
              + " current counts");
    }
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < upperBounds.length; i++) {
      if (i > 0 && !(upperBounds[i] > upperBounds[i - 1])) {
        throw new IllegalArgumentException(
            "histogram '"
                + name
                + "': bucket bounds must increase, got le="
                + upperBounds[i - 1]
                + " then le="
                + upperBounds[i]);
      }
      labels.add(
          "le="
              + (upperBounds[i] == Double.POSITIVE_INFINITY
                  ? "+Inf"
                  : NumberLabels.format(upperBounds[i])));
    }
    CategoricalColumn ref =
        new CategoricalColumn(
            name, labels, perBucket(name, labels, referenceCumulative, "reference"));
    CategoricalColumn cur =
        new CategoricalColumn(name, labels, perBucket(name, labels, currentCumulative, "current"));
    return new DriftAnalyzer(options)
        .evaluate(name, ColumnType.CATEGORICAL, CategorySample.inOrder(ref, cur));
  }

  private static double[] perBucket(
      String name, List<String> labels, double[] cumulative, String window) {
    double[] counts = new double[cumulative.length];
    double previous = 0;
    for (int i = 0; i < cumulative.length; i++) {
      counts[i] = cumulative[i] - previous;
      if (!(counts[i] >= 0)) {
        throw new IllegalArgumentException(
            "histogram '"
                + name
                + "', "
                + window
                + " window: cumulative count "
                + cumulative[i]
                + " at "
                + labels.get(i)
                + " is below the previous bucket's "
                + previous);
      }
      previous = cumulative[i];
    }
    return counts;
  }
}
