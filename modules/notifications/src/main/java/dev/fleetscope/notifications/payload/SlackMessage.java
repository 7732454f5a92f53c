package dev.fleetscope.notifications.payload;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.notifications.Notice;
import java.util.ArrayList;
import java.util.List;

/**
 * A Slack incoming-webhook message: {@code text} (what notifications and old clients show) and
 * Block Kit {@code blocks}: a header (plain text, at most 150 characters), the summary, and a
 * context line with the value, since when, the scope and where Fleetscope shows it.
 */
final class SlackMessage {
  static final int HEADER_LIMIT = 150;
  static final int SECTION_LIMIT = 3000;

  private SlackMessage() {}

  static ObjectNode of(Notice notice) {
    ObjectNode body = Payload.JSON.createObjectNode();
    body.put("text", notice.title() + ": " + notice.summary());
    ArrayNode blocks = body.putArray("blocks");
    blocks
        .addObject()
        .put("type", "header")
        .putObject("text")
        .put("type", "plain_text")
        .put("text", cut(notice.title(), HEADER_LIMIT));
    String summary =
        escape(notice.summary())
            + notice.url().map(u -> "\n<" + u + "|Open in its own UI>").orElse("");
    blocks
        .addObject()
        .put("type", "section")
        .putObject("text")
        .put("type", "mrkdwn")
        .put("text", cut(summary, SECTION_LIMIT));
    if (notice.kind() != Notice.Kind.TEST) {
      blocks
          .addObject()
          .put("type", "context")
          .putArray("elements")
          .addObject()
          .put("type", "mrkdwn")
          .put("text", escape(context(notice)));
    }
    return body;
  }

  private static String context(Notice notice) {
    List<String> parts = new ArrayList<>();
    parts.add(Payload.valueAgainstThreshold(notice));
    parts.add("since " + Payload.at(notice.since()));
    notice.resolvedAt().ifPresent(at -> parts.add("resolved " + Payload.at(at)));
    parts.add("scope " + notice.scope());
    if (!notice.where().isEmpty()) {
      parts.add("Fleetscope: " + notice.where());
    }
    return String.join(" · ", parts.stream().filter(p -> !p.isEmpty()).toList());
  }

  /** Slack reads {@code &}, {@code <} and {@code >} as markup: they must be escaped. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String cut(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }
}
