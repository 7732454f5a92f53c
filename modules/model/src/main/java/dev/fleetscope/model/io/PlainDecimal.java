package dev.fleetscope.model.io;

import java.nio.charset.StandardCharsets;

/**
 * Parses a plain decimal number ({@code -12.5}, {@code 3}, {@code 0.25e-3}) straight from the bytes
 * of a file, to exactly the double {@link Double#parseDouble} gives, without making a string.
 *
 * <p>Up to 15 significant digits and a power of ten within ±22 (every number a CSV export writes in
 * practice), the digits and the power are both exact doubles, so one multiplication or division
 * rounds correctly (Clinger's fast path). Anything longer goes through {@link Double#parseDouble},
 * which also rounds correctly: the result is the same double either way.
 */
public final class PlainDecimal {
  /** What {@link #parse} answers for bytes that are not a plain decimal. */
  public static final double NOT_PLAIN = Double.NaN;

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };
  private static final long EXACT_DIGITS = 1L << 53;

  private PlainDecimal() {}

  /**
   * The number in {@code bytes[from, to)}: an optional minus, digits with an optional fraction (at
   * least one digit before or after the point) and an optional exponent ({@code e}/{@code E}, an
   * optional sign, digits). {@link #NOT_PLAIN} (NaN) for anything else, including a leading plus,
   * blanks and Java's {@code d}/{@code f} suffixes: callers that accept those parse them their own
   * way.
   */
  public static double parse(byte[] bytes, int from, int to) {
    return parse(bytes, from, to, false);
  }

  /**
   * As {@link #parse(byte[], int, int)}; when {@code strict}, a point also needs digits on both
   * sides ({@code 5.} and {@code .5} are not plain), the form every CSV reader reads alike.
   */
  public static double parse(byte[] bytes, int from, int to, boolean strict) {
    int i = from;
    boolean negative = i < to && bytes[i] == '-';
    if (negative) {
      i++;
    }
    long digits = 0;
    int significant = 0;
    int scale = 0;
    int seen = 0;
    for (; i < to && isDigit(bytes[i]); i++, seen++) {
      if (significant < 19) {
        digits = digits * 10 + (bytes[i] - '0');
        significant += digits == 0 ? 0 : 1;
      } else {
        scale++;
        significant++;
      }
    }
    if (i < to && bytes[i] == '.') {
      if (strict && seen == 0) {
        return NOT_PLAIN;
      }
      int before = seen;
      for (i++; i < to && isDigit(bytes[i]); i++, seen++) {
        if (significant < 19) {
          digits = digits * 10 + (bytes[i] - '0');
          significant += digits == 0 ? 0 : 1;
          scale--;
        } else {
          significant++;
        }
      }
      if (strict && seen == before) {
        return NOT_PLAIN;
      }
    }
    if (seen == 0) {
      return NOT_PLAIN;
    }
    if (i < to && (bytes[i] == 'e' || bytes[i] == 'E')) {
      i++;
      boolean negativeExponent = i < to && bytes[i] == '-';
      if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
        i++;
      }
      int exponent = 0;
      int exponentDigits = 0;
      for (; i < to && isDigit(bytes[i]); i++, exponentDigits++) {
        exponent = Math.min(exponent * 10 + (bytes[i] - '0'), 100_000);
      }
      if (exponentDigits == 0) {
        return NOT_PLAIN;
      }
      scale += negativeExponent ? -exponent : exponent;
    }
    if (i != to) {
      return NOT_PLAIN;
    }
    if (digits == 0) {
      return negative ? -0.0 : 0.0;
    }
    if (significant <= 15 && digits < EXACT_DIGITS && Math.abs(scale) <= 22) {
      double value = scale >= 0 ? digits * POWERS_OF_TEN[scale] : digits / POWERS_OF_TEN[-scale];
      return negative ? -value : value;
    }
    return Double.parseDouble(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }
}
