package dev.fleetscope.drift;

import dev.fleetscope.drift.stats.Histograms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finite values of a numerical column, each window sorted once; every numerical test and the
 * binning read these arrays. Negative zero is stored as zero, as NumPy and pandas compare them
 * equal.
 */
final class NumericSample implements ColumnSample {
  private final double[] reference;
  private final double[] current;
  private int unique = -1;

  private NumericSample(double[] reference, double[] current) {
    this.reference = reference;
    this.current = current;
  }

  static NumericSample of(double[] reference, double[] current) {
    return new NumericSample(sortedFinite(reference), sortedFinite(current));
  }

  /** Ascending finite reference values. */
  double[] reference() {
    return reference;
  }

  double[] current() {
    return current;
  }

  @Override
  public double referenceSize() {
    return reference.length;
  }

  @Override
  public double currentSize() {
    return current.length;
  }

  @Override
  public int uniqueCount() {
    if (unique < 0) {
      unique = countDistinctUnion(Integer.MAX_VALUE);
    }
    return unique;
  }

  /** Stops counting past {@code k}: a million-row window's test is chosen after a few values. */
  @Override
  public boolean moreDistinctThan(int k) {
    return (unique >= 0 ? unique : countDistinctUnion(k + 1)) > k;
  }

  int referenceUniqueCount() {
    return countDistinct(reference);
  }

  @Override
  public CategorySample categories() {
    double[] keys = distinctKeys();
    List<String> labels = new ArrayList<>(keys.length);
    double[] ref = new double[keys.length];
    double[] cur = new double[keys.length];
    for (int k = 0; k < keys.length; k++) {
      labels.add(NumberLabels.format(keys[k]));
      ref[k] =
          Histograms.upperBound(reference, keys[k]) - Histograms.lowerBound(reference, keys[k]);
      cur[k] = Histograms.upperBound(current, keys[k]) - Histograms.lowerBound(current, keys[k]);
    }
    return new CategorySample(labels, ref, cur);
  }

  double min() {
    return Math.min(reference[0], current[0]);
  }

  double max() {
    return Math.max(reference[reference.length - 1], current[current.length - 1]);
  }

  /** Distinct values of both windows, ascending. */
  double[] distinctKeys() {
    double[] keys = new double[reference.length + current.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < reference.length || j < current.length) {
      double x =
          j >= current.length || (i < reference.length && reference[i] <= current[j])
              ? reference[i]
              : current[j];
      keys[k++] = x;
      while (i < reference.length && reference[i] == x) {
        i++;
      }
      while (j < current.length && current[j] == x) {
        j++;
      }
    }
    return Arrays.copyOf(keys, k);
  }

  /** Distinct values of both windows, counted up to {@code limit}. */
  private int countDistinctUnion(int limit) {
    int count = 0;
    int i = 0;
    int j = 0;
    while ((i < reference.length || j < current.length) && count < limit) {
      double x =
          j >= current.length || (i < reference.length && reference[i] <= current[j])
              ? reference[i]
              : current[j];
      count++;
      while (i < reference.length && reference[i] == x) {
        i++;
      }
      while (j < current.length && current[j] == x) {
        j++;
      }
    }
    return count;
  }

  private static int countDistinct(double[] sorted) {
    int count = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        count++;
      }
    }
    return count;
  }

  private static double[] sortedFinite(double[] values) {
    double[] out = new double[values.length];
    int n = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        out[n++] = v + 0.0;
      }
    }
    if (n < out.length) {
      out = Arrays.copyOf(out, n);
    }
    Arrays.sort(out);
    return out;
  }
}
