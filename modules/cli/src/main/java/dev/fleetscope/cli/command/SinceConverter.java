package dev.fleetscope.cli.command;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration as people type it (a look-back window, how long a wall screen shows each view): {@code
 * 45s}, {@code 30m}, {@code 24h}, {@code 7d}, or ISO-8601 ({@code PT36H}).
 */
public final class SinceConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    String text = value.strip();
    try {
      if (text.toUpperCase(java.util.Locale.ROOT).startsWith("P")) {
        return positive(Duration.parse(text), value);
      }
      long amount = Long.parseLong(text.substring(0, text.length() - 1));
      return positive(
          switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new NumberFormatException();
          },
          value);
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new TypeConversionException("'" + value + "' is not a duration: use e.g. 30m, 24h, 7d");
    }
  }

  private static Duration positive(Duration duration, String value) {
    if (duration.isNegative() || duration.isZero()) {
      throw new TypeConversionException("'" + value + "' must be a positive duration");
    }
    return duration;
  }
}
