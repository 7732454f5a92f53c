package dev.fleetscope.model;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleConsumer;

/**
 * An immutable view of evenly spaced samples of one metric.
 *
 * <p>Samples are held as IEEE half-precision floats (0.05% relative precision) in fixed-size chunks
 * shared with the {@link SeriesBuffer} that wrote them: full chunks packed (about 1.2 bytes a
 * sample, {@link PackedChunk}), the newest open (two bytes a sample). A view never sees a later
 * append because it only reads up to its own size. A missing sample (the container was not running)
 * is NaN. Reading in order unpacks each chunk once; reading at random unpacks a chunk per change of
 * chunk.
 */
public final class Series {
  static final int CHUNK_BITS = 11;
  static final int CHUNK_SIZE = 1 << CHUNK_BITS;
  private static final int CHUNK_MASK = CHUNK_SIZE - 1;
  private static final Object[] NO_CHUNKS = new Object[0];

  public static final Series EMPTY = new Series(0, 60, 1, NO_CHUNKS, 0, 0);

  private final long startEpochSecond;
  private final int stepSeconds;
  private final double scale;
  private final Object[] chunks; // short[] open or byte[] packed
  private final int first;
  private final int size;

  /** The packed chunk {@link #get} read last, unpacked: reads in order unpack each chunk once. */
  private volatile Unpacked unpacked;

  private record Unpacked(int chunk, short[] bits) {}

  Series(
      long startEpochSecond, int stepSeconds, double scale, Object[] chunks, int first, int size) {
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
    int position = first + index;
    int chunk = position >>> CHUNK_BITS;
    short[] bits;
    if (chunks[chunk] instanceof short[] open) {
      bits = open;
    } else {
      Unpacked last = unpacked;
      if (last == null || last.chunk() != chunk) {
        last = new Unpacked(chunk, bits(chunk, new short[CHUNK_SIZE]));
        unpacked = last;
      }
      bits = last.bits();
    }
    return value(bits[position & CHUNK_MASK]);
  }

  private double value(short bits) {
    return Float.float16ToFloat(bits) * scale;
  }

  /** The chunk's bits: the open array itself, or the packed ones unpacked into {@code scratch}. */
  private short[] bits(int chunk, short[] scratch) {
    if (chunks[chunk] instanceof short[] open) {
      return open;
    }
    PackedChunk.unpack((byte[]) chunks[chunk], scratch);
    return scratch;
  }

  /** Visits the samples oldest first, chunk by chunk, each unpacked once. */
  private void visit(DoubleConsumer action) {
    short[] scratch = null;
    int end = first + size;
    for (int position = first; position < end; ) {
      int chunk = position >>> CHUNK_BITS;
      if (scratch == null && !(chunks[chunk] instanceof short[])) {
        scratch = new short[CHUNK_SIZE];
      }
      short[] bits = bits(chunk, scratch);
      int stop = Math.min(end, (chunk + 1) << CHUNK_BITS);
      for (; position < stop; position++) {
        action.accept(value(bits[position & CHUNK_MASK]));
      }
    }
  }

  /** The newest sample, or NaN when there is none. */
  public double last() {
    return size == 0 ? Double.NaN : get(size - 1);
  }

  /** Visits the samples oldest first, NaNs included. */
  public void forEach(DoubleConsumer action) {
    visit(action);
  }

  public double[] toArray() {
    double[] out = new double[size];
    int[] i = {0};
    visit(v -> out[i[0]++] = v);
    return out;
  }

  /** The largest sample, ignoring missing ones; NaN when every sample is missing. */
  public double max() {
    double[] max = {Double.NaN};
    visit(
        v -> {
          if (v > max[0] || (Double.isNaN(max[0]) && !Double.isNaN(v))) {
            max[0] = v;
          }
        });
    return max[0];
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
