package dev.fleetscope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Full chunks are packed: every way of reading a series gives exactly the half-precision values
 * that were appended, whatever their shape (smooth usage, jumps across the whole range, runs of
 * missing samples, every bit pattern a half float has), in snapshots taken before and after their
 * chunks were packed and after the oldest were dropped.
 */
class PackedSeriesPropertiesTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  @Property(tries = 60)
  void everyReadGivesTheValuesAppended(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4 * Series.CHUNK_SIZE) int retention,
      @ForAll @IntRange(min = 0, max = 6 * Series.CHUNK_SIZE) int appended) {
    Random random = new Random(seed);
    SeriesBuffer buffer = new SeriesBuffer(Metric.CPU_CORES, T0, Duration.ofMinutes(1), retention);
    List<Double> stored = new ArrayList<>();
    List<Series> early = new ArrayList<>();
    List<double[]> earlyExpected = new ArrayList<>();
    double level = 1;
    for (int i = 0; i < appended; i++) {
      double value = next(random, level);
      level = Double.isNaN(value) ? level : value;
      buffer.append(value);
      stored.add((double) Float.float16ToFloat(Float.floatToFloat16((float) value)));
      if (random.nextInt(1500) == 0) { // a snapshot still reading a chunk that is packed later
        early.add(buffer.snapshot());
        earlyExpected.add(kept(stored, retention));
      }
    }
    check(buffer.snapshot(), kept(stored, retention), random);
    for (int i = 0; i < early.size(); i++) {
      check(early.get(i), earlyExpected.get(i), random);
    }
  }

  @Test
  void everyHalfFloatBitPatternSurvivesPacking() {
    short[] chunk = new short[Series.CHUNK_SIZE];
    for (int start = 0; start < 1 << 16; start += Series.CHUNK_SIZE) {
      for (int i = 0; i < chunk.length; i++) {
        // neighbours as far apart as bit patterns go, and every pattern once
        chunk[i] = (short) (i % 2 == 0 ? start + i : ~(start + i));
      }
      short[] back = new short[Series.CHUNK_SIZE];
      PackedChunk.unpack(PackedChunk.pack(chunk), back);
      assertArrayEquals(chunk, back);
    }
  }

  @Test
  void smoothUsageTakesAboutAByteASample() {
    short[] chunk = new short[Series.CHUNK_SIZE];
    for (int i = 0; i < chunk.length; i++) {
      chunk[i] = Float.floatToFloat16((float) (2 + Math.sin(i / 60.0) + 0.01 * (i % 7)));
    }
    int packed = PackedChunk.pack(chunk).length;
    assertTrue(packed < 1.5 * chunk.length, packed + " bytes for " + chunk.length + " samples");
  }

  private static void check(Series series, double[] expected, Random random) {
    assertEquals(expected.length, series.size());
    assertArrayEquals(expected, series.toArray(), "toArray");
    double[] visited = new double[expected.length];
    int[] n = {0};
    series.forEach(v -> visited[n[0]++] = v);
    assertArrayEquals(expected, visited, "forEach");
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], series.get(i), "get(" + i + ") in order");
    }
    for (int k = 0; k < 200 && expected.length > 0; k++) {
      int i = random.nextInt(expected.length);
      assertEquals(expected[i], series.get(i), "get(" + i + ") at random");
    }
    double max = Double.NaN;
    for (double v : expected) {
      if (!Double.isNaN(v) && (Double.isNaN(max) || v > max)) {
        max = v;
      }
    }
    assertEquals(max, series.max(), "max");
    if (expected.length > 2) {
      int from = random.nextInt(expected.length / 2);
      int to = from + random.nextInt(expected.length - from);
      double[] part = new double[to - from];
      System.arraycopy(expected, from, part, 0, part.length);
      assertArrayEquals(part, series.slice(from, to).toArray(), "slice");
    }
  }

  /** Mostly small moves, sometimes a jump anywhere in the half floats' range, or a gap. */
  private static double next(Random random, double level) {
    return switch (random.nextInt(20)) {
      case 0 -> Double.NaN;
      case 1 -> Math.scalb(random.nextDouble(), random.nextInt(-24, 16));
      case 2 -> 0;
      default -> Math.max(0, level * (1 + 0.02 * random.nextGaussian()));
    };
  }

  private static double[] kept(List<Double> stored, int retention) {
    int from = Math.max(0, stored.size() - retention);
    return stored.subList(from, stored.size()).stream().mapToDouble(Double::doubleValue).toArray();
  }
}
