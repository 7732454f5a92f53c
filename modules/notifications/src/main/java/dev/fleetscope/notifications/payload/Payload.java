package dev.fleetscope.notifications.payload;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.notifications.Notice;
import dev.fleetscope.notifications.WebhookKind;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The JSON body a kind of webhook is sent for a notice. */
public final class Payload {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Payload() {}

  public static ObjectNode of(WebhookKind kind, Notice notice) {
    return switch (kind) {
      case SLACK -> SlackMessage.of(notice);
      case TEAMS -> TeamsCard.of(notice);
      case GENERIC -> GenericBody.of(notice);
    };
  }

  /** The body as sent: compact JSON, UTF-8. */
  public static String text(WebhookKind kind, Notice notice) {
    return of(kind, notice).toString();
  }

  static String at(Instant instant) {
    return AT.format(instant);
  }

  /** {@code 58% (≥ 50%)}, or nothing for a test. */
  static String valueAgainstThreshold(Notice notice) {
    if (notice.value().isEmpty()) {
      return "";
    }
    return notice.threshold().isEmpty()
        ? notice.value()
        : notice.value() + " (" + notice.threshold() + ")";
  }
}
