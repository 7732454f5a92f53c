package dev.fleetscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeriesTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void keepsValuesWithinHalfPrecision() {
    Series cpu = Series.of(Metric.CPU_CORES, T0, MINUTE, 0.001, 0.25, 3.7, 96);
    double[] expected = {0.001, 0.25, 3.7, 96};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], cpu.get(i), expected[i] * 5e-4, "sample " + i);
    }
  }

  @Test
  void storesMemoryFromKibibytesToTebibytes() {
    long[] bytes = {64 * 1024L, 300L << 20, 7L << 30, 3L << 40};
    SeriesBuffer buffer = new SeriesBuffer(Metric.MEMORY_BYTES, T0, MINUTE, 10);
    for (long b : bytes) {
      buffer.append(b);
    }
    Series memory = buffer.snapshot();
    for (int i = 0; i < bytes.length; i++) {
      assertEquals(bytes[i], memory.get(i), bytes[i] * 5e-4);
    }
  }

  @Test
  void aSnapshotDoesNotSeeLaterAppends() {
    SeriesBuffer buffer = new SeriesBuffer(Metric.CPU_CORES, T0, MINUTE, 100);
    buffer.appendAll(1, 2, 3);
    Series before = buffer.snapshot();
    buffer.appendAll(4, 5);
    assertEquals(3, before.size());
    assertEquals(3, before.last());
    assertEquals(5, buffer.snapshot().size());
  }

  @Test
  void dropsOldestSamplesBeyondRetentionAcrossChunks() {
    int retention = Series.CHUNK_SIZE + 10;
    SeriesBuffer buffer = new SeriesBuffer(Metric.CPU_CORES, T0, MINUTE, retention);
    int total = 3 * Series.CHUNK_SIZE + 7;
    for (int i = 0; i < total; i++) {
      buffer.append(i % 1000);
    }
    Series series = buffer.snapshot();
    assertEquals(retention, series.size());
    int firstKept = total - retention;
    assertEquals(firstKept % 1000, series.get(0), 0.5);
    assertEquals((total - 1) % 1000, series.last(), 0.5);
    assertEquals(T0.plus(MINUTE.multipliedBy(firstKept)), series.start());
    assertEquals(T0.plus(MINUTE.multipliedBy(total)), series.end());
  }

  @Test
  void missingSamplesAreNaNAndIgnoredByMax() {
    Series s = Series.of(Metric.CPU_CORES, T0, MINUTE, Double.NaN, 2, Double.NaN, 1);
    assertTrue(Double.isNaN(s.get(0)));
    assertEquals(2, s.max());
    assertTrue(Double.isNaN(Series.of(Metric.CPU_CORES, T0, MINUTE, Double.NaN).max()));
  }

  @Test
  void slicesByIndexAndTime() {
    Series s = Series.of(Metric.CPU_CORES, T0, MINUTE, 0, 1, 2, 3, 4, 5);
    Series tail = s.since(T0.plusSeconds(150));
    assertEquals(3, tail.size());
    assertEquals(3, tail.get(0));
    assertEquals(T0.plusSeconds(180), tail.start());
    assertEquals(2, s.slice(1, 3).size());
    assertThrows(IndexOutOfBoundsException.class, () -> s.get(6));
  }
}
