package dev.fleetscope.alerts.rules;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as the rules file writes them: {@code 0s}, {@code 90s}, {@code 15m}, {@code 1h30m},
 * {@code 2d}; days, hours, minutes and seconds in that order, each at most once.
 */
public final class DurationText {
  private static final Pattern FORM =
      Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  private DurationText() {}

  /** Throws naming the expected form when {@code text} is not one. */
  public static Duration parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (text.isBlank() || !m.matches()) {
      throw new IllegalArgumentException(
          "expected a duration such as 0s, 90s, 15m, 1h30m or 2d, was \"" + text + "\"");
    }
    try {
      return Duration.ofDays(part(m, 1))
          .plusHours(part(m, 2))
          .plusMinutes(part(m, 3))
          .plusSeconds(part(m, 4));
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the duration \"" + text + "\" is too long", e);
    }
  }

  /** The shortest text {@link #parse} reads back as {@code duration} (whole seconds). */
  public static String format(Duration duration) {
    long s = duration.toSeconds();
    if (s == 0) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    append(text, s / 86_400, "d");
    append(text, s % 86_400 / 3600, "h");
    append(text, s % 3600 / 60, "m");
    append(text, s % 60, "s");
    return text.toString();
  }

  private static long part(Matcher m, int group) {
    return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
  }

  private static void append(StringBuilder text, long value, String unit) {
    if (value > 0) {
      text.append(value).append(unit);
    }
  }
}
