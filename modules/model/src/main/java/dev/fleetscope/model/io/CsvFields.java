package dev.fleetscope.model.io;

import java.nio.charset.StandardCharsets;

/**
 * The fields of one CSV record as slices of the read buffer: valid only during the call that hands
 * it over ({@link CsvRange.Records}), so a reader copies what it keeps.
 */
public final class CsvFields {
  byte[] bytes;
  final int[] starts;
  final int[] ends;
  final boolean[] quoted;
  int count;

  CsvFields(int capacity) {
    starts = new int[capacity];
    ends = new int[capacity];
    quoted = new boolean[capacity];
  }

  public int count() {
    return count;
  }

  public byte[] bytes() {
    return bytes;
  }

  /** Where field {@code i} starts in {@link #bytes()}: after its opening quote if it has one. */
  public int start(int i) {
    return starts[i];
  }

  /** Where field {@code i} ends (exclusive), before its closing quote if it has one. */
  public int end(int i) {
    return ends[i];
  }

  public boolean isEmpty(int i) {
    return starts[i] == ends[i];
  }

  /** Whether field {@code i} was written in quotes. */
  public boolean quoted(int i) {
    return quoted[i];
  }

  /** Field {@code i} as a plain decimal, or {@link PlainDecimal#NOT_PLAIN}. */
  public double decimal(int i) {
    return PlainDecimal.parse(bytes, starts[i], ends[i]);
  }

  /** Field {@code i} decoded as UTF-8, malformed bytes replaced. */
  public String text(int i) {
    return new String(bytes, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
  }
}
