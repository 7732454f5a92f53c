package dev.fleetscope.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The single writer behind {@link Series} views: appends samples, drops the oldest whole chunks
 * beyond the retention, and hands out immutable {@link #snapshot() snapshots}. Not thread-safe: one
 * thread writes and publishes snapshots; any thread may read the snapshots.
 */
public final class SeriesBuffer {
  private final int stepSeconds;
  private final double scale;
  private final int retention;

  /**
   * Full chunks packed ({@code byte[]}, {@link PackedChunk}), the last one open ({@code short[]}).
   */
  private final List<Object> chunks = new ArrayList<>();

  private long startEpochSecond;
  private int first;
  private int size;

  /**
   * @param retention the number of most recent samples kept (older ones are dropped a chunk at a
   *     time)
   */
  public SeriesBuffer(Metric metric, Instant start, Duration step, int retention) {
    if (step.toSeconds() < 1 || retention < 1) {
      throw new IllegalArgumentException(
          "a series needs a step of at least a second and a retention of at least one sample");
    }
    this.stepSeconds = Math.toIntExact(step.toSeconds());
    this.scale = metric.storageScale();
    this.retention = retention;
    this.startEpochSecond = start.getEpochSecond();
  }

  public void append(double value) {
    int position = first + size;
    int chunk = position >>> Series.CHUNK_BITS;
    if (chunk == chunks.size()) {
      short[] fresh = new short[Series.CHUNK_SIZE];
      Arrays.fill(fresh, Float.floatToFloat16(Float.NaN));
      chunks.add(fresh);
    }
    short[] open = (short[]) chunks.get(chunk);
    int offset = position & (Series.CHUNK_SIZE - 1);
    open[offset] = Float.floatToFloat16((float) (value / scale));
    if (offset == Series.CHUNK_SIZE - 1) {
      // full: snapshots taken so far keep reading the open array, later ones the packed bytes
      chunks.set(chunk, PackedChunk.pack(open));
    }
    size++;
    if (size > retention) {
      first++;
      size--;
      startEpochSecond += stepSeconds;
      if (first == Series.CHUNK_SIZE) {
        chunks.removeFirst();
        first = 0;
      }
    }
  }

  public void appendAll(double... values) {
    for (double v : values) {
      append(v);
    }
  }

  public int size() {
    return size;
  }

  /** The time the next appended sample stands for. */
  public Instant next() {
    return Instant.ofEpochSecond(startEpochSecond + (long) size * stepSeconds);
  }

  public Series snapshot() {
    return new Series(startEpochSecond, stepSeconds, scale, chunks.toArray(), first, size);
  }
}
