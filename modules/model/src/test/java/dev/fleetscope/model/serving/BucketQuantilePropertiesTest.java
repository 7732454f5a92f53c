package dev.fleetscope.model.serving;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.serving.BucketQuantile.Bucket;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class BucketQuantilePropertiesTest {
  /** Exponential bounds from 1 ms and non-negative per-bucket counts, made cumulative. */
  private static List<Bucket> buckets(List<Integer> perBucket) {
    List<Bucket> buckets = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < perBucket.size(); i++) {
      total += perBucket.get(i);
      double bound = i == perBucket.size() - 1 ? Double.POSITIVE_INFINITY : 0.001 * (1 << i);
      buckets.add(new Bucket(bound, total));
    }
    return buckets;
  }

  @Property
  void neverDecreasesWithTheQuantileAndStaysWithinTheFiniteBounds(
      @ForAll @Size(min = 2, max = 12) List<@IntRange(min = 0, max = 1000) Integer> perBucket,
      @ForAll @DoubleRange(min = 0, minIncluded = false, max = 1) double a,
      @ForAll @DoubleRange(min = 0, minIncluded = false, max = 1) double b) {
    List<Bucket> buckets = buckets(perBucket);
    double low = BucketQuantile.quantile(Math.min(a, b), buckets).value();
    double high = BucketQuantile.quantile(Math.max(a, b), buckets).value();
    if (buckets.getLast().count() == 0) {
      assertTrue(Double.isNaN(low) && Double.isNaN(high));
      return;
    }
    double highestFinite = buckets.get(buckets.size() - 2).upperBound();
    assertTrue(low <= high, low + " > " + high);
    assertTrue(low >= 0 && high <= highestFinite, low + ".." + high);
  }
}
