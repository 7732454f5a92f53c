package dev.fleetscope.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * How urgent an alert or a notification is; later constants are more severe ("needs attention"
 * lists them first).
 */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL;

  /** The lower-case name used in JSON and on the command line ({@code warning}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity named {@code id}, any case; throws naming the known ones otherwise. */
  public static Severity ofId(String id) {
    return Arrays.stream(values())
        .filter(s -> s.name().equalsIgnoreCase(id.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown severity '"
                        + id
                        + "'; expected one of "
                        + Arrays.stream(values()).map(Severity::id).toList()));
  }
}
