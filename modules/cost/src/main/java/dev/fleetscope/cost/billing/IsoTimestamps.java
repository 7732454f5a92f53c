package dev.fleetscope.cost.billing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FOCUS date-times are ISO 8601 in UTC ({@code 2026-02-01T00:00:00Z}). DuckDB's own timestamp cast
 * is lenient enough to read {@code 5/1/25} as the year 5, so each file's format is taken from its
 * first row and every other row must match it exactly, or be reported by line.
 */
final class IsoTimestamps {
  static final String EXAMPLE = "2026-02-01T00:00:00Z";
  private static final Pattern ISO =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?<fraction>\\.\\d{1,9})?(?<offset>Z|[+-]\\d{2}:?\\d{2})");

  private IsoTimestamps() {}

  /** The DuckDB strptime format that reads this value, when it is an ISO 8601 UTC date-time. */
  static Optional<String> formatOf(String value) {
    Matcher m = ISO.matcher(value.strip());
    if (!m.matches() || !isUtc(m.group("offset"))) {
      return Optional.empty();
    }
    String fraction = m.group("fraction") == null ? "" : ".%n";
    return Optional.of("%Y-%m-%dT%H:%M:%S" + fraction + m.group("offset"));
  }

  /**
   * Why a value is not accepted, for a person: it is empty, not ISO 8601, not UTC, or written
   * unlike the file's first row (whose value is {@code firstRow}).
   */
  static String problem(String value, String firstRow) {
    if (value == null || value.isBlank()) {
      return "is empty; FOCUS requires a date-time such as " + EXAMPLE;
    }
    if (formatOf(value).isPresent()) {
      return "'"
          + value
          + "' is written unlike the file's first date-time '"
          + firstRow
          + "'; an export must use one ISO 8601 form throughout";
    }
    Matcher m = ISO.matcher(value.strip());
    if (m.matches()) {
      return "'"
          + value
          + "' is not in UTC (offset "
          + m.group("offset")
          + "); FOCUS date-times end in Z, as in "
          + EXAMPLE;
    }
    return "'" + value + "' is not an ISO 8601 UTC date-time such as " + EXAMPLE;
  }

  private static boolean isUtc(String offset) {
    return offset.equals("Z") || offset.replace(":", "").equals("+0000");
  }
}
