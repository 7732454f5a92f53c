package dev.fleetscope.notifications.send;

/** What became of one notification to one webhook. */
public sealed interface SendResult {
  /** For a person: what happened, naming the webhook. */
  String message();

  /** The webhook answered 2xx. */
  record Delivered(String webhook, int status, int attempts) implements SendResult {
    @Override
    public String message() {
      return webhook
          + ": delivered (HTTP "
          + status
          + (attempts == 1 ? ")" : ", after " + attempts + " tries)");
    }
  }

  /** Not meant for this webhook: below its minimum severity, or a resolution it does not want. */
  record Skipped(String webhook, String reason) implements SendResult {
    @Override
    public String message() {
      return webhook + ": not sent: " + reason;
    }
  }

  /** The session's mode does not allow it; nothing left the process. */
  record Refused(String webhook, String reason) implements SendResult {
    @Override
    public String message() {
      return webhook + ": " + reason;
    }
  }

  /** Sent and refused, or never answered within the tries and the deadline. */
  record Failed(String webhook, String reason, int attempts) implements SendResult {
    @Override
    public String message() {
      return webhook + ": " + reason;
    }
  }
}
