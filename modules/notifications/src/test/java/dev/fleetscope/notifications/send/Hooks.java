package dev.fleetscope.notifications.send;

import dev.fleetscope.model.SessionMode;
import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.notifications.SecretReference;
import dev.fleetscope.notifications.Webhook;
import dev.fleetscope.notifications.WebhookKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;

/** A loopback webhook server, a clock that the sender's waits move, and the waits it made. */
final class Hooks implements AutoCloseable {
  static final String SECRET_PATH = "/services/T000/B000/XXXXsecretXXXX";

  final MockWebServer server = new MockWebServer();
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  final List<Duration> waits = new ArrayList<>();
  final RetryPolicy retry =
      new RetryPolicy(
          5,
          Duration.ofSeconds(1),
          Duration.ofSeconds(30),
          0.5,
          Duration.ofSeconds(60),
          d -> {
            waits.add(d);
            clock.advance(d);
          },
          () -> 0.5);

  Hooks() throws java.io.IOException {
    server.start();
  }

  /** The webhook URL lives in $HOOK_URL, as users are told to keep it. */
  Map<String, String> environment() {
    return Map.of("HOOK_URL", server.url(SECRET_PATH).toString(), "HOOK_TOKEN", "t0ken");
  }

  Webhook hook(WebhookKind kind) {
    return Webhook.of("hook", "Team hook", kind, new SecretReference.InEnvironment("HOOK_URL"));
  }

  WebhookSender sender(SessionMode mode) {
    return new WebhookSender(new OkHttpClient(), mode, environment(), retry, clock);
  }

  @Override
  public void close() {
    server.close();
  }
}
