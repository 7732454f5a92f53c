package dev.fleetscope.notifications.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.notifications.Notice;
import java.util.Locale;

/**
 * Fleetscope's own body, for any service: the alert with the fields {@code fleetscope alerts
 * --format json} prints, and the event:
 *
 * <pre>{@code
 * {"source": "fleetscope", "event": "firing",
 *  "alert": {"rule": "dataset-drift", "severity": "warning", "scope": "all", "subject": "ranker",
 *            "since": "2026-11-23T09:00:00Z", "value": "58%", "threshold": "≥ 50%",
 *            "summary": "...", "where": "Drift › ranker"}}
 * }</pre>
 */
final class GenericBody {
  private GenericBody() {}

  static ObjectNode of(Notice notice) {
    ObjectNode body =
        Payload.JSON
            .createObjectNode()
            .put("source", "fleetscope")
            .put("event", notice.kind().name().toLowerCase(Locale.ROOT));
    ObjectNode alert =
        body.putObject("alert")
            .put("rule", notice.rule())
            .put("severity", notice.severity().id())
            .put("scope", notice.scope())
            .put("subject", notice.subject())
            .put("since", notice.since().toString());
    notice.resolvedAt().ifPresent(at -> alert.put("resolvedAt", at.toString()));
    alert
        .put("value", notice.value())
        .put("threshold", notice.threshold())
        .put("summary", notice.summary())
        .put("where", notice.where());
    notice.url().ifPresent(url -> alert.put("url", url.toString()));
    return body;
  }
}
