package dev.fleetscope.notifications.send;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Response;

/** A response's {@code Retry-After}: seconds, or an HTTP date measured from the server's clock. */
final class RetryAfter {
  private RetryAfter() {}

  static Optional<Duration> of(Response response, Instant now) {
    String value = response.header("Retry-After");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
    } catch (NumberFormatException notSeconds) {
      Instant serverNow = date(response.header("Date")).orElse(now);
      return date(value)
          .map(at -> at.isAfter(serverNow) ? Duration.between(serverNow, at) : Duration.ZERO);
    }
  }

  private static Optional<Instant> date(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
