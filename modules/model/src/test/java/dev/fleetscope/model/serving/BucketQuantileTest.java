package dev.fleetscope.model.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.serving.BucketQuantile.Bucket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Each rule of Prometheus's {@code bucketQuantile}, on buckets whose answer is worked out by hand
 * in the comment beside it.
 */
class BucketQuantileTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  /** 100 observations: 10 up to 0.1 s, 50 more up to 0.25, 30 up to 0.5, 9 up to 1, 1 beyond. */
  private static final List<Bucket> LATENCY =
      List.of(
          new Bucket(0.1, 10),
          new Bucket(0.25, 60),
          new Bucket(0.5, 90),
          new Bucket(1, 99),
          new Bucket(INF, 100));

  private static double q(double q, List<Bucket> buckets) {
    return BucketQuantile.quantile(q, buckets).value();
  }

  @Test
  void interpolatesLinearlyInsideTheBucketThatReachesTheRank() {
    // p50: rank 50 falls in (0.1, 0.25] holding 50, 40 of them needed: 0.1 + 0.15 * 40/50.
    assertEquals(0.1 + 0.15 * (40.0 / 50), q(0.5, LATENCY));
    // p95: rank 95 falls in (0.5, 1] holding 9, 5 needed.
    assertEquals(0.5 + 0.5 * (5.0 / 9), q(0.95, LATENCY));
    // p99: rank 99 is exactly the count up to 1 s.
    assertEquals(1.0, q(0.99, LATENCY));
  }

  @Test
  void answersTheHighestFiniteBoundWhenTheRankFallsInThePlusInfBucket() {
    assertEquals(1.0, q(0.999, LATENCY));
    assertEquals(1.0, q(1, LATENCY));
  }

  @Test
  void interpolatesFromZeroInAPositiveLowestBucket() {
    // rank 5 of the 10 observations up to 0.1 s: half way from 0 to 0.1.
    assertEquals(0.05, q(0.05, LATENCY));
  }

  @Test
  void answersTheLowestBoundWhenItIsZeroOrNegative() {
    List<Bucket> buckets = List.of(new Bucket(0, 10), new Bucket(1, 20), new Bucket(INF, 20));
    assertEquals(0.0, q(0.25, buckets));
    List<Bucket> negative = List.of(new Bucket(-2, 10), new Bucket(1, 20), new Bucket(INF, 20));
    assertEquals(-2.0, q(0.25, negative));
  }

  @Test
  void sortsBucketsGivenInAnyOrder() {
    List<Bucket> shuffled = new ArrayList<>(LATENCY);
    Collections.shuffle(shuffled, new Random(7));
    assertEquals(q(0.95, LATENCY), q(0.95, shuffled));
  }

  @Test
  void addsUpBucketsWithTheSameUpperBound() {
    // Two series' buckets up to 0.1 s: 4 + 6 = 10 of 20, so the median is exactly 0.1.
    List<Bucket> buckets =
        List.of(new Bucket(0.1, 4), new Bucket(0.1, 6), new Bucket(1, 20), new Bucket(INF, 20));
    assertEquals(0.1, q(0.5, buckets));
  }

  @Test
  void raisesADecreasingCountAndSaysSo() {
    // 8 below 10 is raised to 10: the median's rank 10 is reached at 0.1.
    List<Bucket> buckets =
        List.of(new Bucket(0.1, 10), new Bucket(0.2, 8), new Bucket(0.5, 20), new Bucket(INF, 20));
    BucketQuantile.Result result = BucketQuantile.quantile(0.5, buckets);
    assertEquals(0.1, result.value());
    assertTrue(result.forcedMonotonic());
    assertFalse(BucketQuantile.quantile(0.5, LATENCY).forcedMonotonic());
  }

  @Test
  void takesCountsWithinOneInATrillionAsEqual() {
    // Float noise of 1e-11 on 100 would otherwise put the maximum in (1, 2]: at 2.
    double noisy = 100 + 1e-11;
    List<Bucket> buckets =
        List.of(new Bucket(1, 100), new Bucket(2, noisy), new Bucket(INF, noisy));
    assertEquals(1.0, q(1, buckets));
  }

  @Test
  void isUndefinedWithoutPlusInfBucketObservationsOrASecondBucket() {
    assertTrue(Double.isNaN(q(0.5, List.of(new Bucket(1, 5), new Bucket(2, 10)))));
    assertTrue(Double.isNaN(q(0.5, List.of(new Bucket(1, 0), new Bucket(INF, 0)))));
    assertTrue(Double.isNaN(q(0.5, List.of(new Bucket(INF, 7)))));
    assertTrue(Double.isNaN(q(0.5, List.of())));
    assertEquals(
        "its buckets have no le=\"+Inf\" bucket",
        BucketQuantile.whyUndefined(List.of(new Bucket(1, 5))).orElseThrow());
    assertEquals(
        "no request was observed in the window",
        BucketQuantile.whyUndefined(List.of(new Bucket(1, 0), new Bucket(INF, 0))).orElseThrow());
    assertTrue(BucketQuantile.whyUndefined(LATENCY).isEmpty());
  }

  @Test
  void isUndefinedAtQuantileZeroOverAnEmptyLowestBucketAsInPrometheus() {
    // rank 0 lands in the first bucket, which holds nothing: 0/0.
    List<Bucket> buckets = List.of(new Bucket(0.1, 0), new Bucket(1, 5), new Bucket(INF, 5));
    assertTrue(Double.isNaN(q(0, buckets)));
    assertEquals(0.0, q(0, LATENCY));
  }

  @Test
  void answersInfinitiesOutsideZeroToOneAsPrometheusDoes() {
    assertEquals(Double.NEGATIVE_INFINITY, q(-0.1, LATENCY));
    assertEquals(INF, q(1.1, LATENCY));
    assertTrue(Double.isNaN(q(Double.NaN, LATENCY)));
  }

  @Test
  void givesTheThreePercentilesTogether() {
    Percentiles p = BucketQuantile.percentiles(LATENCY).orElseThrow();
    assertEquals(new Percentiles(q(0.5, LATENCY), q(0.95, LATENCY), q(0.99, LATENCY)), p);
    assertTrue(BucketQuantile.percentiles(List.of(new Bucket(1, 1))).isEmpty());
  }
}
