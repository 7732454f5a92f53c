package dev.fleetscope.notifications.payload;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.notifications.Notice;

/**
 * What a Teams workflow's "When a Teams webhook request is received" trigger posts: a {@code
 * message} whose one attachment is an Adaptive Card (1.4, which Teams renders on desktop, web and
 * mobile). Workflows accept only Adaptive Cards, not the retired connectors' MessageCard.
 */
final class TeamsCard {
  static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
  static final String VERSION = "1.4";

  private TeamsCard() {}

  static ObjectNode of(Notice notice) {
    ObjectNode message = Payload.JSON.createObjectNode().put("type", "message");
    ObjectNode attachment = message.putArray("attachments").addObject();
    attachment.put("contentType", CONTENT_TYPE).putNull("contentUrl");
    ObjectNode card =
        attachment
            .putObject("content")
            .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
            .put("type", "AdaptiveCard")
            .put("version", VERSION);
    ArrayNode body = card.putArray("body");
    body.addObject()
        .put("type", "TextBlock")
        .put("text", notice.title())
        .put("weight", "Bolder")
        .put("size", "Medium")
        .put("color", color(notice))
        .put("wrap", true);
    body.addObject().put("type", "TextBlock").put("text", notice.summary()).put("wrap", true);
    if (notice.kind() != Notice.Kind.TEST) {
      ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
      fact(facts, "Value", Payload.valueAgainstThreshold(notice));
      fact(facts, "Since", Payload.at(notice.since()));
      notice.resolvedAt().ifPresent(at -> fact(facts, "Resolved", Payload.at(at)));
      fact(facts, "Scope", notice.scope());
      fact(facts, "In Fleetscope", notice.where());
    }
    notice
        .url()
        .ifPresent(
            url ->
                card.putArray("actions")
                    .addObject()
                    .put("type", "Action.OpenUrl")
                    .put("title", "Open")
                    .put("url", url.toString()));
    return message;
  }

  private static void fact(ArrayNode facts, String title, String value) {
    if (!value.isEmpty()) {
      facts.addObject().put("title", title).put("value", value);
    }
  }

  /** Adaptive Card text colours: red for critical, amber for warning, green once resolved. */
  private static String color(Notice notice) {
    if (notice.kind() == Notice.Kind.RESOLVED) {
      return "Good";
    }
    if (notice.kind() == Notice.Kind.TEST) {
      return "Default";
    }
    return switch (notice.severity()) {
      case CRITICAL -> "Attention";
      case WARNING -> "Warning";
      case INFO -> "Default";
    };
  }
}
