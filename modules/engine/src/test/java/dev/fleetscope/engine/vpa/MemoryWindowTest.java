package dev.fleetscope.engine.vpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The VPA's {@code container_test.go} OOM cases, observed through the memory-peaks histogram: its
 * maximum ({@code percentile(1.0)}) is the end of the bucket holding the largest peak, written
 * {@code end(bytes)}.
 */
class MemoryWindowTest {
  private static final long T = 1_492_536_905L; // 2017-04-18 17:35:05 UTC, the VPA tests' timestamp
  private static final long MB = 1024 * 1024;
  private static final long DAY = 24 * 3600;

  private final DecayingHistogram peaks = new DecayingHistogram(ExponentialBuckets.MEMORY, DAY);
  private final MemoryWindow window = new MemoryWindow(peaks);

  @Test
  void anOomIsBumpedTwentyPercentAboveTheRequest() {
    assertTrue(
        window.recordOom(T, 1000 * MB)); // TestRecordOOMIncreasedByBumpUp: 1000 MB -> 1200 MB
    assertEquals(end(1200 * MB), peaks.percentile(1.0));
  }

  @Test
  void anOomIsBumpedAtLeast100Mebibytes() {
    assertTrue(window.recordOom(T, MB)); // TestRecordOOMIncreasedByMin: 1 MB -> 101 MB
    assertEquals(end(101 * MB), peaks.percentile(1.0));
  }

  @Test
  void anOomIsBumpedFromTheIntervalsPeakWhenThatIsHigher() {
    window.addSample(
        T,
        3000 * MB); // TestRecordOOMMaxedWithKnownSample: 3000 MB seen, request 1000 MB -> 3600 MB
    assertTrue(window.recordOom(T, 1000 * MB));
    assertEquals(end(3600 * MB), peaks.percentile(1.0));
  }

  @Test
  void smallerOomsDoNotRaiseThePeakAgain() {
    window.recordOom(
        T, 1000 * MB); // TestRecordOOMDontRunAway: 1200 MB, then 999 MB twice changes nothing
    window.recordOom(T, 999 * MB);
    window.recordOom(T, 999 * MB);
    assertEquals(end(1200 * MB), peaks.percentile(1.0));
    window.recordOom(T, 2000 * MB); // a larger one does: 2400 MB
    assertEquals(end(2400 * MB), peaks.percentile(1.0));
  }

  @Test
  void anOomOlderThanTheCurrentIntervalIsDiscarded() {
    window.addSample(
        T, 1000 * MB); // TestRecordOOMDiscardsOldSample: 30 h before the interval's end
    assertFalse(window.recordOom(T - 30 * 3600, 1000 * MB));
    assertEquals(end(1000 * MB), peaks.percentile(1.0));
  }

  @Test
  void keepsOnePeakPerDayAndDiscardsOutOfOrderSamples() {
    // TestAggregateContainerUsageSamples: 5 then 10 bytes within a day keep one peak (10); 2 the
    // next day.
    assertTrue(window.addSample(T, 500 * MB));
    assertTrue(window.addSample(T + DAY / 2, 1000 * MB));
    assertTrue(window.addSample(T + DAY, 200 * MB));
    assertFalse(window.addSample(T + DAY / 2, 5000 * MB));
    // Two peaks, 1000 MB (stamped T+1d) and 200 MB (stamped T+2d, twice the weight): p50 lies in
    // 200 MB's bucket.
    assertEquals(end(200 * MB), peaks.percentile(0.5));
    assertEquals(end(1000 * MB), peaks.percentile(1.0));
  }

  private static double end(long bytes) {
    return ExponentialBuckets.MEMORY.start(ExponentialBuckets.MEMORY.find(bytes) + 1);
  }
}
