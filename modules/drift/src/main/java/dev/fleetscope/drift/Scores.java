package dev.fleetscope.drift;

import dev.fleetscope.drift.stats.ChiSquared;
import dev.fleetscope.drift.stats.Divergences;
import dev.fleetscope.drift.stats.Histograms;
import dev.fleetscope.drift.stats.KolmogorovSmirnov;
import dev.fleetscope.drift.stats.Moments;
import dev.fleetscope.drift.stats.Normal;
import dev.fleetscope.drift.stats.Wasserstein;

/** The score of each drift test on a column, computed as Evidently computes it with SciPy. */
final class Scores {
  private static final double WASSERSTEIN_MIN_NORM = 0.001;

  private Scores() {}

  static double score(DriftTest test, ColumnSample sample) {
    return switch (test) {
      case KS -> {
        NumericSample n = (NumericSample) sample;
        yield KolmogorovSmirnov.twoSample(n.reference(), n.current()).pValue();
      }
      case WASSERSTEIN -> {
        NumericSample n = (NumericSample) sample;
        double norm = Math.max(Moments.populationStd(n.reference()), WASSERSTEIN_MIN_NORM);
        yield Wasserstein.distance(n.reference(), n.current()) / norm;
      }
      case CHISQUARE -> chiSquare(sample.categories());
      case Z -> zTest(sample.categories());
      case JENSENSHANNON -> {
        EvidentlyBinning.Shares s = EvidentlyBinning.shares(sample, false);
        yield Divergences.jensenShannon(s.reference(), s.current());
      }
      case PSI -> {
        EvidentlyBinning.Shares s = EvidentlyBinning.shares(sample, true);
        yield Divergences.populationStabilityIndex(s.reference(), s.current());
      }
      case KL_DIV -> {
        EvidentlyBinning.Shares s = EvidentlyBinning.shares(sample, true);
        yield Divergences.kullbackLeibler(s.reference(), s.current());
      }
      case HELLINGER ->
          sample instanceof NumericSample n ? numericHellinger(n) : categoricalHellinger(sample);
    };
  }

  /**
   * Pearson's chi-square of the current counts against the reference proportions scaled to the
   * current size; a category absent from the reference makes the statistic infinite and the p-value
   * 0, as in SciPy.
   */
  static double chiSquare(CategorySample c) {
    double kNorm = c.currentSize() / c.referenceSize();
    double stat = 0;
    for (int i = 0; i < c.reference().length; i++) {
      double expected = c.reference()[i] * kNorm;
      double diff = c.current()[i] - expected;
      stat += diff * diff / expected;
    }
    return ChiSquared.sf(stat, c.reference().length - 1);
  }

  /**
   * Two-proportion z-test of "is the first category" between the windows; 1 when both windows hold
   * the same single value.
   */
  static double zTest(CategorySample c) {
    double n1 = c.referenceSize();
    double n2 = c.currentSize();
    if (c.labels().size() == 1) {
      return 1;
    }
    double p1 = (n1 - c.reference()[0]) / n1;
    double p2 = (n2 - c.current()[0]) / n2;
    double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    double z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    return 2 * Normal.sf(Math.abs(z));
  }

  private static double categoricalHellinger(ColumnSample sample) {
    EvidentlyBinning.Shares s = EvidentlyBinning.perValue(sample.categories());
    return Divergences.hellinger(s.reference(), s.current());
  }

  /**
   * Evidently's numerical Hellinger: density histograms over Sturges bins of the distinct values.
   */
  private static double numericHellinger(NumericSample n) {
    double[] edges = Histograms.sturgesEdges(n.min(), n.max(), n.uniqueCount());
    double[] h1 = density(Histograms.counts(n.reference(), edges), edges);
    double[] h2 = density(Histograms.counts(n.current(), edges), edges);
    double binWidth = (edges[edges.length - 1] - edges[0]) / (edges.length - 1);
    double s = 0;
    for (int i = 0; i < h1.length; i++) {
      s += Math.sqrt(h1[i] * h2[i]) * binWidth;
    }
    return Math.sqrt(1 - Math.min(1, Math.max(0, s)));
  }

  private static double[] density(long[] counts, double[] edges) {
    double total = 0;
    for (long c : counts) {
      total += c;
    }
    double[] d = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      d[i] = counts[i] / (edges[i + 1] - edges[i]) / total;
    }
    return d;
  }
}
