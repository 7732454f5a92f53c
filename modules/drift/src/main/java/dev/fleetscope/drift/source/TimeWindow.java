package dev.fleetscope.drift.source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A half-open interval [start, end) of time, written {@code START/END} in ISO-8601 (UTC unless an
 * offset is given).
 */
public record TimeWindow(Instant start, Instant end) {
  public TimeWindow {
    if (!start.isBefore(end)) {
      throw new DriftInputException("time window must end after it starts: " + start + "/" + end);
    }
  }

  /**
   * Parses {@code 2024-05-01/2024-05-08}, {@code 2024-05-01T00:00/2024-05-01T12:00} or with
   * offsets.
   */
  public static TimeWindow parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length != 2) {
      throw new DriftInputException(
          "time window '" + text + "' must be START/END, e.g. 2024-05-01/2024-05-08");
    }
    return new TimeWindow(instant(parts[0], text), instant(parts[1], text));
  }

  private static Instant instant(String s, String window) {
    String t = s.trim();
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(t).toInstant();
      }
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new DriftInputException(
          "time window '" + window + "': '" + t + "' is not an ISO-8601 date or date-time", e);
    }
  }

  @Override
  public String toString() {
    return start + "/" + end;
  }
}
