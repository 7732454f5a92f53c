package dev.fleetscope.notifications;

import java.util.Arrays;

/** Which service a webhook posts to, which decides the body it is sent. */
public enum WebhookKind {
  /** Slack incoming webhook: {@code text} plus Block Kit {@code blocks}; answers 200 {@code ok}. */
  SLACK("slack"),
  /**
   * Microsoft Teams workflow ("When a Teams webhook request is received"): a message with one
   * Adaptive Card attachment; answers 202 Accepted.
   */
  TEAMS("teams"),
  /** Any service: Fleetscope's own JSON body, optionally with a bearer token. */
  GENERIC("generic");

  private final String id;

  WebhookKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static WebhookKind ofId(String id) {
    return Arrays.stream(values())
        .filter(k -> k.id.equalsIgnoreCase(id.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown webhook kind '"
                        + id
                        + "'; expected one of "
                        + Arrays.stream(values()).map(WebhookKind::id).toList()));
  }
}
