package dev.fleetscope.drift.source;

import dev.fleetscope.model.io.CsvFields;
import dev.fleetscope.model.io.CsvRange;
import dev.fleetscope.model.io.PlainDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * What one CSV value is, judged as DuckDB's {@code TRY_CAST} would judge it for {@link
 * DuckDbSource}, but only where that is certain: a plain decimal is a number to both, an ISO date
 * or date-time is a time to both, a word is neither. Values DuckDB might read otherwise ({@code
 * inf}, {@code 1_000}, {@code 2024-05-01T10:00Z}...) are {@link #OTHER}, and a column whose kind
 * depends on one is read by DuckDB itself.
 */
enum CsvValue {
  /** A missing-value marker ({@link TableFile#MISSING_MARKERS}): NULL to DuckDB. */
  MISSING,
  /** Blanks only: neither a number nor a time, yet a label when the column holds labels. */
  BLANK,
  NUMBER,
  TIME,
  /** Certainly neither a number nor a time. */
  TEXT,
  /** Could be a number or a time to DuckDB. */
  OTHER;

  private static final byte[][] MISSING_MARKERS =
      TableFile.MISSING_MARKERS.stream()
          .map(m -> m.getBytes(StandardCharsets.US_ASCII))
          .toArray(byte[][]::new);

  /** Words DuckDB reads as numbers or times, in any case. */
  private static final byte[][] SPECIAL_WORDS =
      Stream.of(
              "nan",
              "inf",
              "infinity",
              "epoch",
              "now",
              "today",
              "tomorrow",
              "yesterday",
              "allballs")
          .map(w -> w.getBytes(StandardCharsets.US_ASCII))
          .toArray(byte[][]::new);

  /** The bytes a missing-value marker may start with. */
  private static final boolean[] MARKER_START = new boolean[256];

  static {
    for (byte[] marker : MISSING_MARKERS) {
      if (marker.length > 0) {
        MARKER_START[marker[0] & 0xff] = true;
      }
    }
  }

  private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  /** The kind of field {@code i}; for a {@link #NUMBER}, its value goes to {@code number[0]}. */
  static CsvValue of(CsvFields f, int i, double[] number) {
    byte[] b = f.bytes();
    int start = f.start(i);
    int end = f.end(i);
    if (start == end || (MARKER_START[b[start] & 0xff] && isMissingMarker(b, start, end))) {
      if (f.quoted(i)) {
        throw new CsvRange.Unsupported("a quoted missing-value marker");
      }
      return MISSING;
    }
    if (isBlank(b[start]) || isBlank(b[end - 1])) {
      while (start < end && isBlank(b[start])) {
        start++;
      }
      while (end > start && isBlank(b[end - 1])) {
        end--;
      }
      if (start == end) {
        return BLANK;
      }
    }
    byte first = b[start];
    if (first == '-' || isDigit(first)) {
      double value = PlainDecimal.parse(b, start, end, true);
      if (Double.isNaN(value)) {
        return isIsoTime(b, start, end) ? TIME : OTHER;
      }
      number[0] = value;
      boolean inRange =
          Math.abs(value) >= Double.MIN_NORMAL
              ? Double.isFinite(value)
              : !hasNonZeroDigit(b, start, end); // zero, not an underflow
      return inRange ? NUMBER : OTHER;
    }
    if (isLetter(first) || first < 0) {
      return isSpecialWord(b, start, end) ? OTHER : TEXT;
    }
    return first == '+' || first == '.' ? OTHER : TEXT;
  }

  private static boolean isSpecialWord(byte[] b, int start, int end) {
    if (end - start < 3 || end - start > 9) {
      return false;
    }
    for (byte[] word : SPECIAL_WORDS) {
      if (word.length == end - start && equalsIgnoringCase(word, b, start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean equalsIgnoringCase(byte[] lower, byte[] b, int start) {
    for (int i = 0; i < lower.length; i++) {
      if ((b[start + i] | 0x20) != lower[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasNonZeroDigit(byte[] b, int start, int end) {
    for (int i = start; i < end && b[i] != 'e' && b[i] != 'E'; i++) {
      if (b[i] >= '1' && b[i] <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean isMissingMarker(byte[] b, int start, int end) {
    int length = end - start;
    for (byte[] marker : MISSING_MARKERS) {
      if (marker.length == length && Arrays.equals(marker, 0, length, b, start, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t';
  }

  private static boolean isLetter(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  /**
   * {@code YYYY-MM-DD}, optionally followed by a space or {@code T} and {@code HH:MM:SS} with up to
   * six decimals, every part in range: a time to DuckDB and certainly not a number.
   */
  static boolean isIsoTime(byte[] b, int start, int end) {
    int length = end - start;
    if (length < 10
        || b[start + 4] != '-'
        || b[start + 7] != '-'
        || !digits(b, start, 4)
        || !digits(b, start + 5, 2)
        || !digits(b, start + 8, 2)) {
      return false;
    }
    int year = number(b, start, 4);
    int month = number(b, start + 5, 2);
    int day = number(b, start + 8, 2);
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) {
      return false;
    }
    if (month == 2 && day == 29 && !leap) {
      return false;
    }
    if (length == 10) {
      return true;
    }
    int t = start + 10;
    if (length < 19
        || (b[t] != ' ' && b[t] != 'T')
        || b[t + 3] != ':'
        || b[t + 6] != ':'
        || !digits(b, t + 1, 2)
        || !digits(b, t + 4, 2)
        || !digits(b, t + 7, 2)
        || number(b, t + 1, 2) > 23
        || number(b, t + 4, 2) > 59
        || number(b, t + 7, 2) > 59) {
      return false;
    }
    if (length == 19) {
      return true;
    }
    int decimals = length - 20;
    return b[start + 19] == '.'
        && decimals >= 1
        && decimals <= 6
        && digits(b, start + 20, decimals);
  }

  private static boolean digits(byte[] b, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (!isDigit(b[i])) {
        return false;
      }
    }
    return true;
  }

  private static int number(byte[] b, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      n = n * 10 + (b[i] - '0');
    }
    return n;
  }
}
