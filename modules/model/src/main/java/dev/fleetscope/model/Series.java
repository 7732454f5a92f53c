package dev.fleetscope.model;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleConsumer;

/**
 * An immutable view of evenly spaced samples of one metric.
 *
 * <p>Samples are held as IEEE half-precision floats (two bytes each, 0.05% relative precision) in
 * fixed-size chunks shared with the {@link SeriesBuffer} that wrote them: 14 days at one-minute
 * steps take 40 KiB, and a view never sees a later append because it only reads up to its own size.
 * A missing sample (the container was not running) is NaN.
 */
public final class Series {
  static final int CHUNK_BITS = 11;
  static final int CHUNK_SIZE = 1 << CHUNK_BITS;
  private static final int CHUNK_MASK = CHUNK_SIZE - 1;
  private static final short[][] NO_CHUNKS = new short[0][];

  public static final Series EMPTY = new Series(0, 60, 1, NO_CHUNKS, 0, 0);

  private final long startEpochSecond;
  private final int stepSeconds;
  private final double scale;
  private final short[][] chunks;
  private final int first;
  private final int size;

  Series(
      long startEpochSecond, int stepSeconds, double scale, short[][] chunks, int first, int size) {
    this.startEpochSecond = startEpochSecond;
    this.stepSeconds = stepSeconds;
    this.scale = scale;
    this.chunks = chunks;
    this.first = first;
    this.size = size;
  }

  /**
   * A series holding exactly these values; for tests and for sources that fetch whole ranges at
   * once.
   */
  public static Series of(Metric metric, Instant start, Duration step, double... values) {
    SeriesBuffer buffer = new SeriesBuffer(metric, start, step, Math.max(values.length, 1));
    buffer.appendAll(values);
    return buffer.snapshot();
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int stepSeconds() {
    return stepSeconds;
  }

  public Instant start() {
    return Instant.ofEpochSecond(startEpochSecond);
  }

  /** The time just after the last sample's step: where the next sample will go. */
  public Instant end() {
    return Instant.ofEpochSecond(startEpochSecond + (long) size * stepSeconds);
  }

  public long epochSecondAt(int index) {
    return startEpochSecond + (long) index * stepSeconds;
  }

  public double get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("sample " + index + " of a series of " + size);
    }
    return raw(first + index);
  }

  private double raw(int position) {
    return Float.float16ToFloat(chunks[position >>> CHUNK_BITS][position & CHUNK_MASK]) * scale;
  }

  /** The newest sample, or NaN when there is none. */
  public double last() {
    return size == 0 ? Double.NaN : get(size - 1);
  }

  /** Visits the samples oldest first, NaNs included. */
  public void forEach(DoubleConsumer action) {
    for (int i = 0; i < size; i++) {
      action.accept(raw(first + i));
    }
  }

  public double[] toArray() {
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      out[i] = raw(first + i);
    }
    return out;
  }

  /** The largest sample, ignoring missing ones; NaN when every sample is missing. */
  public double max() {
    double max = Double.NaN;
    for (int i = 0; i < size; i++) {
      double v = raw(first + i);
      if (v > max || (Double.isNaN(max) && !Double.isNaN(v))) {
        max = v;
      }
    }
    return max;
  }

  /** The samples from index {@code from} (inclusive) to {@code to} (exclusive). */
  public Series slice(int from, int to) {
    if (from < 0 || to > size || from > to) {
      throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of a series of " + size);
    }
    return new Series(epochSecondAt(from), stepSeconds, scale, chunks, first + from, to - from);
  }

  /** The samples whose step starts at or after {@code since}. */
  public Series since(Instant since) {
    long offset = Math.ceilDiv(since.getEpochSecond() - startEpochSecond, (long) stepSeconds);
    int from = Math.clamp(offset, 0, size);
    return slice(from, size);
  }

  @Override
  public String toString() {
    return "Series[" + size + " samples every " + stepSeconds + " s from " + start() + "]";
  }
}
