package dev.fleetscope.drift;

import dev.fleetscope.drift.stats.Histograms;

/**
 * Evidently's {@code get_binned_data}: numerical columns with more than 20 distinct reference
 * values are cut into Sturges bins over both windows together, every other column gets one bin per
 * value; shares are counts divided by the window's size. For PSI and K-L the empty bins of each
 * window are then filled with 0.0001, or with the smallest non-zero share / 10^6 when that share is
 * at most 0.0001.
 */
final class EvidentlyBinning {
  static final int MAX_UNIQUE_FOR_VALUE_BINS = 20;

  /** Shares per bin for both windows, aligned. */
  record Shares(double[] reference, double[] current) {}

  private EvidentlyBinning() {}

  static Shares shares(ColumnSample sample, boolean fillEmptyBins) {
    Shares shares =
        sample instanceof NumericSample n && n.referenceUniqueCount() > MAX_UNIQUE_FOR_VALUE_BINS
            ? sturges(n)
            : perValue(sample.categories());
    if (fillEmptyBins) {
      fillEmpty(shares.reference());
      fillEmpty(shares.current());
    }
    return shares;
  }

  static Shares sturges(NumericSample n) {
    double[] edges = edges(n);
    return new Shares(
        divide(Histograms.counts(n.reference(), edges), n.referenceSize()),
        divide(Histograms.counts(n.current(), edges), n.currentSize()));
  }

  static double[] edges(NumericSample n) {
    return Histograms.sturgesEdges(n.min(), n.max(), (long) (n.referenceSize() + n.currentSize()));
  }

  static Shares perValue(CategorySample c) {
    double refSize = c.referenceSize();
    double curSize = c.currentSize();
    double[] r = new double[c.reference().length];
    double[] k = new double[r.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = c.reference()[i] / refSize;
      k[i] = c.current()[i] / curSize;
    }
    return new Shares(r, k);
  }

  private static void fillEmpty(double[] shares) {
    double minNonZero = Double.POSITIVE_INFINITY;
    for (double s : shares) {
      if (s != 0) {
        minNonZero = Math.min(minNonZero, s);
      }
    }
    double fill = minNonZero <= 0.0001 ? minNonZero / 1e6 : 0.0001;
    for (int i = 0; i < shares.length; i++) {
      if (shares[i] == 0) {
        shares[i] = fill;
      }
    }
  }

  private static double[] divide(long[] counts, double size) {
    double[] out = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      out[i] = counts[i] / size;
    }
    return out;
  }
}
