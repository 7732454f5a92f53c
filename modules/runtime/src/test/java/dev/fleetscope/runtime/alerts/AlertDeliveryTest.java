package dev.fleetscope.runtime.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.alerts.Alert;
import dev.fleetscope.alerts.AlertState;
import dev.fleetscope.alerts.RuleKind;
import dev.fleetscope.alerts.rules.DefaultRules;
import dev.fleetscope.model.SessionMode;
import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.notifications.SecretReference;
import dev.fleetscope.notifications.Webhook;
import dev.fleetscope.notifications.WebhookKind;
import dev.fleetscope.notifications.desktop.DesktopRateLimiter;
import dev.fleetscope.notifications.send.RetryPolicy;
import dev.fleetscope.notifications.send.SendResult;
import dev.fleetscope.notifications.send.WebhookSender;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** From an evaluation to the desktop and to a loopback webhook, in each session mode. */
class AlertDeliveryTest {
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private final MutableClock clock = new MutableClock(T0);
  private final MockWebServer server = new MockWebServer();
  private final List<String> desktop = new ArrayList<>();
  private final ExecutorService worker = Executors.newSingleThreadExecutor();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
    worker.shutdownNow();
  }

  private AlertDelivery delivery(SessionMode mode, Webhook hook) {
    WebhookSender sender =
        new WebhookSender(
            new OkHttpClient(),
            mode,
            Map.of("SLACK_URL", server.url("/services/T0/B0/secret").toString()),
            new RetryPolicy(
                1,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                0,
                Duration.ofSeconds(5),
                d -> {},
                () -> 0),
            clock);
    return new AlertDelivery(
        new AlertDelivery.Desktop() {
          @Override
          public void show(Alert alert, int heldBack) {
            desktop.add(alert.subject().name() + (heldBack > 0 ? " +" + heldBack : ""));
          }

          @Override
          public void more(int count) {
            desktop.add(count + " more");
          }
        },
        new DesktopRateLimiter(1, Duration.ofMinutes(1)),
        sender,
        () -> List.of(hook),
        worker,
        clock);
  }

  private static Webhook slack() {
    return Webhook.of(
        "slack-ml", "Slack #ml", WebhookKind.SLACK, new SecretReference.InEnvironment("SLACK_URL"));
  }

  /** Two containers OOM-killed at this evaluation. */
  private AlertState twoFired() {
    AlertsService alerts =
        new AlertsService(List.of(DefaultRules.of(RuleKind.OOM_KILLS)), clock, s -> {});
    alerts.fleet(SmallFleet.at(T0, List.of(), T0.minus(Duration.ofMinutes(5))));
    Alert one = alerts.evaluate().fired().getFirst();
    Alert other =
        new Alert(
            new dev.fleetscope.alerts.AlertKey(one.ruleId(), "container:prod/ml/ranker/other"),
            one.kind(),
            one.severity(),
            one.scope(),
            new dev.fleetscope.alerts.Subject(
                "container:prod/ml/ranker/other",
                "prod/ml/ranker/other",
                one.subject().placement()),
            one.status(),
            one.since(),
            one.firingSince(),
            one.resolvedAt(),
            one.value(),
            one.threshold(),
            one.summary(),
            one.link(),
            one.evidence());
    return new AlertState(T0, List.of(one, other), List.of(one, other), List.of());
  }

  @Test
  void aDesktopSessionNotifiesTheDesktopAtItsRateAndPostsEveryAlert() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
    AlertDelivery delivery = delivery(SessionMode.DESKTOP, slack());

    delivery.accept(twoFired());
    clock.advance(Duration.ofMinutes(2));
    delivery.accept(new AlertState(clock.instant(), List.of(), List.of(), List.of()));
    worker.shutdown();
    assertTrue(worker.awaitTermination(10, TimeUnit.SECONDS));

    assertEquals(List.of("prod/ml/ranker/other", "1 more"), desktop);
    assertEquals(2, server.getRequestCount());
    RecordedRequest first = server.takeRequest();
    JsonNode body = new ObjectMapper().readTree(first.getBody().utf8());
    assertTrue(body.path("text").asText().contains("oom-kills"), body.toString());
    assertEquals("/services/T0/B0/secret", first.getUrl().encodedPath());
    assertEquals(2, delivery.results().size());
    assertInstanceOf(SendResult.Delivered.class, delivery.results().getFirst());
  }

  @Test
  void aWallSendsNothingToAWebhookNotEnabledForWalls() throws Exception {
    AlertDelivery delivery = delivery(SessionMode.WALL, slack());

    delivery.accept(twoFired());
    worker.shutdown();
    assertTrue(worker.awaitTermination(10, TimeUnit.SECONDS));

    assertEquals(0, server.getRequestCount(), "nothing left the process");
    assertInstanceOf(SendResult.Refused.class, delivery.results().getFirst());
    assertEquals(1, desktop.size(), "the wall's own screen still shows it");
  }

  @Test
  void aWallPostsToAWebhookEnabledForWalls() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
    AlertDelivery delivery =
        delivery(SessionMode.WALL, slack().sendingIn(Set.of(SessionMode.WALL)));

    delivery.accept(twoFired());
    worker.shutdown();
    assertTrue(worker.awaitTermination(10, TimeUnit.SECONDS));

    assertEquals(2, server.getRequestCount());
  }

  @Test
  void theTestButtonSaysItIsATest() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
    SendResult result = delivery(SessionMode.DESKTOP, slack()).test(slack());
    assertInstanceOf(SendResult.Delivered.class, result);
    assertTrue(server.takeRequest().getBody().utf8().contains("test"));
  }
}
