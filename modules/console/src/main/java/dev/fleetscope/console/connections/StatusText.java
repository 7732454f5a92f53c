package dev.fleetscope.console.connections;

import dev.fleetscope.model.SourceStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** A source's status in a few words, as the Connections view prints it beside a connection. */
final class StatusText {
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private StatusText() {}

  /**
   * {@code live · updated 12:00:05}, {@code stale since 12:00:05: connection refused}, {@code
   * failed: ...}.
   */
  static String of(Optional<SourceStatus> status) {
    if (status.isEmpty()) {
      return "not polled yet";
    }
    SourceStatus s = status.get();
    String state = s.state().name().toLowerCase(Locale.ROOT);
    String when = s.lastSuccess().map(CLOCK::format).orElse("");
    String text =
        switch (s.state()) {
          case LIVE -> "live · updated " + when;
          case STALE -> "stale since " + when;
          case FAILED, CONNECTING -> state;
        };
    return s.message().map(m -> text + ": " + m).orElse(text);
  }

  /**
   * The style class of the status dot: {@code live}, {@code stale}, {@code failed} or {@code
   * connecting}.
   */
  static String styleClass(Optional<SourceStatus> status) {
    return status.map(s -> s.state().name().toLowerCase(Locale.ROOT)).orElse("connecting");
  }
}
