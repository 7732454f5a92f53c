package dev.fleetscope.model.serving;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prometheus's {@code histogram_quantile} over classic buckets, step for step as {@code
 * bucketQuantile} in {@code promql/quantile.go} does it, so a percentile here is the one a Grafana
 * panel shows for the same bucket counts:
 *
 * <ol>
 *   <li>buckets sorted by upper bound; without a {@code +Inf} bucket the answer is undefined;
 *   <li>buckets with the same upper bound added up;
 *   <li>counts within a relative 1e-12 of the previous bucket's taken as equal to it (float noise
 *       from adding many series; Prometheus 2.49 and later);
 *   <li>a count below an earlier bucket's raised to it, so counts never decrease ("forced
 *       monotonicity");
 *   <li>rank = q × the {@code +Inf} bucket's count; the first bucket whose count reaches the rank
 *       holds the quantile, interpolated linearly between the previous bucket's upper bound (0
 *       below the lowest bucket) and its own; in the {@code +Inf} bucket the answer is the highest
 *       finite upper bound; in a lowest bucket whose upper bound is 0 or less, that bound.
 * </ol>
 *
 * Counts are the buckets' increase (or rate) over a window, added up over series by {@code le}.
 */
public final class BucketQuantile {
  private static final double PRECISION = 1e-12;

  private BucketQuantile() {}

  /** A cumulative bucket: how many observations were at most {@code upperBound}. */
  public record Bucket(double upperBound, double count) {}

  /**
   * @param value the quantile, or NaN when undefined; -Inf for q &lt; 0, +Inf for q &gt; 1
   * @param forcedMonotonic whether a decreasing count had to be raised (the buckets are
   *     inconsistent, e.g. scraped non-atomically)
   */
  public record Result(double value, boolean forcedMonotonic) {}

  public static Result quantile(double q, List<Bucket> buckets) {
    if (Double.isNaN(q)) {
      return new Result(Double.NaN, false);
    }
    if (q < 0) {
      return new Result(Double.NEGATIVE_INFINITY, false);
    }
    if (q > 1) {
      return new Result(Double.POSITIVE_INFINITY, false);
    }
    List<Bucket> sorted = new ArrayList<>(buckets);
    sorted.sort(Comparator.comparingDouble(Bucket::upperBound));
    if (sorted.isEmpty() || sorted.getLast().upperBound() != Double.POSITIVE_INFINITY) {
      return new Result(Double.NaN, false);
    }
    double[] bounds = new double[sorted.size()];
    double[] counts = new double[sorted.size()];
    int n = coalesce(sorted, bounds, counts);
    correctPrecisionErrors(counts, n);
    boolean forced = ensureMonotonic(counts, n);
    if (n < 2) {
      return new Result(Double.NaN, false);
    }
    double observations = counts[n - 1];
    if (observations == 0) {
      return new Result(Double.NaN, false);
    }
    double rank = q * observations;
    int b = search(counts, n - 1, rank);
    if (b == n - 1) {
      return new Result(bounds[n - 2], forced);
    }
    if (b == 0 && bounds[0] <= 0) {
      return new Result(bounds[0], forced);
    }
    double bucketStart = 0;
    double bucketEnd = bounds[b];
    double count = counts[b];
    if (b > 0) {
      bucketStart = bounds[b - 1];
      count -= counts[b - 1];
      rank -= counts[b - 1];
    }
    return new Result(bucketStart + (bucketEnd - bucketStart) * (rank / count), forced);
  }

  /** The 50th, 95th and 99th percentiles, when the buckets define them. */
  public static Optional<Percentiles> percentiles(List<Bucket> buckets) {
    double[] values = new double[Percentiles.QUANTILES.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = quantile(Percentiles.QUANTILES[i], buckets).value();
      if (!Double.isFinite(values[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(new Percentiles(values[0], values[1], values[2]));
  }

  /**
   * Why the buckets define no percentile, in words for a user; empty when they do. Checked in
   * {@link #quantile}'s order.
   */
  public static Optional<String> whyUndefined(List<Bucket> buckets) {
    if (buckets.stream().noneMatch(b -> b.upperBound() == Double.POSITIVE_INFINITY)) {
      return Optional.of("its buckets have no le=\"+Inf\" bucket");
    }
    if (buckets.stream().mapToDouble(Bucket::upperBound).distinct().count() < 2) {
      return Optional.of("it has a +Inf bucket only");
    }
    if (!Double.isFinite(quantile(0.5, buckets).value())) {
      return Optional.of("no request was observed in the window");
    }
    return Optional.empty();
  }

  /** Whether the counts had to be forced to increase with the upper bound. */
  public static boolean forcesMonotonicity(List<Bucket> buckets) {
    return quantile(0.5, buckets).forcedMonotonic();
  }

  /** Adds up the counts of equal upper bounds; returns how many distinct bounds there are. */
  private static int coalesce(List<Bucket> sorted, double[] bounds, double[] counts) {
    int i = 0;
    bounds[0] = sorted.getFirst().upperBound();
    counts[0] = sorted.getFirst().count();
    for (Bucket b : sorted.subList(1, sorted.size())) {
      if (b.upperBound() == bounds[i]) {
        counts[i] += b.count();
      } else {
        i++;
        bounds[i] = b.upperBound();
        counts[i] = b.count();
      }
    }
    return i + 1;
  }

  private static void correctPrecisionErrors(double[] counts, int n) {
    double prev = counts[0];
    for (int i = 1; i < n; i++) {
      double curr = counts[i];
      double delta = Math.abs(curr - prev);
      if (delta == 0) {
        continue;
      }
      if (delta / curr <= PRECISION) {
        counts[i] = prev;
      } else {
        prev = curr;
      }
    }
  }

  private static boolean ensureMonotonic(double[] counts, int n) {
    boolean forced = false;
    double max = counts[0];
    for (int i = 1; i < n; i++) {
      if (counts[i] > max) {
        max = counts[i];
      } else if (counts[i] < max) {
        counts[i] = max;
        forced = true;
      }
    }
    return forced;
  }

  /** Go's {@code sort.Search}: the first index below {@code n} whose count reaches the rank. */
  private static int search(double[] counts, int n, double rank) {
    int i = 0;
    int j = n;
    while (i < j) {
      int h = (i + j) >>> 1;
      if (!(counts[h] >= rank)) {
        i = h + 1;
      } else {
        j = h;
      }
    }
    return i;
  }
}
