package dev.fleetscope.notifications.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.model.SessionMode;
import dev.fleetscope.model.Severity;
import dev.fleetscope.model.testing.FaultyServer;
import dev.fleetscope.notifications.Notice;
import dev.fleetscope.notifications.Notices;
import dev.fleetscope.notifications.SecretReference;
import dev.fleetscope.notifications.Webhook;
import dev.fleetscope.notifications.WebhookKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhooks against a loopback server: bodies, retries, deadline, refusals and secrets. */
class WebhookSenderTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static MockResponse answer(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  static JsonNode body(RecordedRequest request) throws Exception {
    return JSON.readTree(request.getBody().utf8());
  }

  @Test
  void slackGetsFallbackTextAndBlocksWithItsMarkupEscaped() throws Exception {
    try (Hooks hooks = new Hooks()) {
      hooks.server.enqueue(answer(200, "ok"));
      SendResult result =
          hooks
              .sender(SessionMode.DESKTOP)
              .send(hooks.hook(WebhookKind.SLACK), Notices.drift(Severity.WARNING));
      assertEquals(new SendResult.Delivered("Team hook", 200, 1), result);

      RecordedRequest request = hooks.server.takeRequest();
      assertEquals("POST", request.getMethod());
      assertEquals(Hooks.SECRET_PATH, request.getUrl().encodedPath());
      assertEquals("application/json", request.getHeaders().get("Content-Type"));
      JsonNode body = body(request);
      assertTrue(
          body.path("text")
              .asText()
              .startsWith("[WARNING] ranker: dataset-drift: ranker: 7 of 12"));
      JsonNode blocks = body.path("blocks");
      assertEquals(List.of("header", "section", "context"), types(blocks));
      assertEquals("plain_text", blocks.get(0).path("text").path("type").asText());
      assertTrue(
          blocks.get(1).path("text").path("text").asText().contains("country &amp; &lt;score&gt;"),
          blocks.get(1).toString());
      assertEquals(
          "58% (≥ 50%) · since 2026-11-23 08:12 UTC · scope all · Fleetscope: Drift › ranker",
          blocks.get(2).path("elements").get(0).path("text").asText());
    }
  }

  /**
   * No machine-readable spec of Teams workflow webhooks exists; the checks are those of Microsoft's
   * documentation: a {@code message} whose attachments hold an Adaptive Card, which workflows
   * require (they refuse the connectors' MessageCard).
   */
  @Test
  void teamsGetsAMessageWithOneAdaptiveCardAsWorkflowsDocumentIt() throws Exception {
    try (Hooks hooks = new Hooks()) {
      hooks.server.enqueue(answer(202, ""));
      SendResult result =
          hooks
              .sender(SessionMode.DESKTOP)
              .send(hooks.hook(WebhookKind.TEAMS), Notices.failedRun());
      assertEquals(new SendResult.Delivered("Team hook", 202, 1), result);

      JsonNode message = body(hooks.server.takeRequest());
      assertEquals("message", message.path("type").asText());
      assertEquals(1, message.path("attachments").size());
      JsonNode attachment = message.path("attachments").get(0);
      assertEquals(
          "application/vnd.microsoft.card.adaptive", attachment.path("contentType").asText());
      JsonNode card = attachment.path("content");
      assertEquals("AdaptiveCard", card.path("type").asText());
      assertEquals("1.4", card.path("version").asText());
      assertEquals(List.of("TextBlock", "TextBlock", "FactSet"), types(card.path("body")));
      assertEquals("Attention", card.path("body").get(0).path("color").asText(), "critical in red");
      for (JsonNode fact : card.path("body").get(2).path("facts")) {
        assertTrue(
            fact.path("title").isTextual() && fact.path("value").isTextual(), fact.toString());
      }
      JsonNode action = card.path("actions").get(0);
      assertEquals("Action.OpenUrl", action.path("type").asText());
      assertEquals(
          "http://airflow:8080/dags/features/grid?dag_run_id=manual__1",
          action.path("url").asText());
    }
  }

  @Test
  void aGenericWebhookGetsTheAlertFieldsAndTheBearerTokenFromItsFile(@TempDir Path dir)
      throws Exception {
    Path tokenFile = Files.writeString(dir.resolve("token"), "file-t0ken\n");
    try (Hooks hooks = new Hooks()) {
      hooks.server.enqueue(answer(204, ""));
      Webhook hook =
          new Webhook(
              "bridge",
              "Pager bridge",
              WebhookKind.GENERIC,
              new SecretReference.InEnvironment("HOOK_URL"),
              Optional.of(new SecretReference.InFile(tokenFile)),
              Severity.INFO,
              Set.of(),
              true);
      Notice resolved =
          Notices.resolved(Notices.failedRun(), Notices.SINCE.plus(Duration.ofHours(2)));
      assertInstanceOf(
          SendResult.Delivered.class, hooks.sender(SessionMode.DESKTOP).send(hook, resolved));

      RecordedRequest request = hooks.server.takeRequest();
      assertEquals("Bearer file-t0ken", request.getHeaders().get("Authorization"));
      JsonNode body = body(request);
      assertEquals("resolved", body.path("event").asText());
      JsonNode alert = body.path("alert");
      assertEquals("pipeline-failed", alert.path("rule").asText());
      assertEquals("critical", alert.path("severity").asText());
      assertEquals("2026-11-23T10:12:00Z", alert.path("resolvedAt").asText());
      assertEquals("1 run", alert.path("value").asText());
      assertEquals("≥ 1 run", alert.path("threshold").asText());
    }
  }

  @Test
  void retriesA503AndA429WithJitteredBackoffHonouringRetryAfter() throws Exception {
    try (Hooks hooks = new Hooks()) {
      hooks.server.enqueue(answer(503, "upstream busy"));
      hooks.server.enqueue(
          new MockResponse.Builder()
              .code(429)
              .setHeader("Retry-After", "7")
              .body("rate_limited")
              .build());
      hooks.server.enqueue(answer(500, ""));
      hooks.server.enqueue(answer(200, "ok"));
      SendResult result =
          hooks
              .sender(SessionMode.DESKTOP)
              .send(hooks.hook(WebhookKind.SLACK), Notices.drift(Severity.CRITICAL));
      assertEquals(new SendResult.Delivered("Team hook", 200, 4), result);
      assertEquals(
          List.of(Duration.ofMillis(750), Duration.ofSeconds(7), Duration.ofSeconds(3)),
          hooks.waits,
          "1 s, 2 s and 4 s less a quarter of jitter; the server's 7 s where it asked for more");
      assertEquals(4, hooks.server.getRequestCount());
    }
  }

  @Test
  void givesUpWhenTheNextTryWouldStartPastTheDeadline() throws Exception {
    try (Hooks hooks = new Hooks()) {
      hooks.server.enqueue(
          new MockResponse.Builder().code(429).setHeader("Retry-After", "120").build());
      SendResult result =
          hooks
              .sender(SessionMode.DESKTOP)
              .send(hooks.hook(WebhookKind.SLACK), Notices.drift(Severity.CRITICAL));
      assertEquals(
          new SendResult.Failed(
              "Team hook",
              "gave up: the next try, in 120 s, would start past the 60 s deadline; last: HTTP 429",
              1),
          result);
      assertEquals(List.of(), hooks.waits);
    }
  }

  @Test
  void doesNotRetryARefusalAndSaysWhatTheServiceAnsweredWithoutTheSecretUrl() throws Exception {
    try (Hooks hooks = new Hooks()) {
      hooks.server.enqueue(answer(404, "no_service: " + Hooks.SECRET_PATH));
      SendResult result =
          hooks
              .sender(SessionMode.DESKTOP)
              .send(hooks.hook(WebhookKind.SLACK), Notices.drift(Severity.CRITICAL));
      assertEquals(
          "Team hook: refused with HTTP 404 (the service says: no_service: /…)", result.message());
      assertEquals(1, hooks.server.getRequestCount());
    }
  }

  @Test
  void noAnswerIsRetriedAndReportedWithoutTheSecretUrl() throws Exception {
    try (Hooks hooks = new Hooks()) {
      hooks.server.close();
      SendResult result =
          hooks
              .sender(SessionMode.DESKTOP)
              .send(hooks.hook(WebhookKind.SLACK), Notices.drift(Severity.CRITICAL));
      assertInstanceOf(SendResult.Failed.class, result);
      assertTrue(
          result
              .message()
              .startsWith(
                  "Team hook: gave up after 5 tries; last: the hook could not be reached: "),
          result.message());
      assertFalse(result.message().contains("secret"), result.message());
      assertEquals(4, hooks.waits.size());
    }
  }

  @Test
  void aHookThatNeverAnswersIsGivenUpOnNamingTheDeadlineNotTheUrl() throws Exception {
    try (Hooks hooks = new Hooks();
        FaultyServer hang = FaultyServer.start(FaultyServer.Fault.HANG)) {
      OkHttpClient impatient =
          new OkHttpClient.Builder().readTimeout(Duration.ofMillis(200)).build();
      Map<String, String> environment = Map.of("HOOK_URL", hang.url(Hooks.SECRET_PATH));
      WebhookSender sender =
          new WebhookSender(impatient, SessionMode.DESKTOP, environment, hooks.retry, hooks.clock);

      SendResult result =
          sender.send(hooks.hook(WebhookKind.SLACK), Notices.drift(Severity.CRITICAL));

      assertEquals(
          "Team hook: gave up after 5 tries; last: the hook sent nothing for 200 ms (read deadline)",
          result.message());
    }
  }

  @Test
  void aReadOnlyOrWallSessionSendsNothingUnlessTheWebhookIsEnabledForIt() throws Exception {
    try (Hooks hooks = new Hooks()) {
      Webhook desktopOnly = hooks.hook(WebhookKind.SLACK);
      for (SessionMode mode : List.of(SessionMode.READ_ONLY, SessionMode.WALL)) {
        SendResult result = hooks.sender(mode).send(desktopOnly, Notices.drift(Severity.CRITICAL));
        assertInstanceOf(SendResult.Refused.class, result);
        assertTrue(
            result.message().contains("is not enabled for " + mode.id() + " sessions"),
            result.message());
        assertInstanceOf(
            SendResult.Refused.class, hooks.sender(mode).test(desktopOnly), "not even a test");
      }
      assertEquals(0, hooks.server.getRequestCount(), "the loopback server received nothing");

      hooks.server.enqueue(answer(200, "ok"));
      Webhook wall = desktopOnly.sendingIn(Set.of(SessionMode.WALL));
      assertInstanceOf(
          SendResult.Delivered.class,
          hooks.sender(SessionMode.WALL).send(wall, Notices.drift(Severity.CRITICAL)));
      assertInstanceOf(
          SendResult.Refused.class,
          hooks.sender(SessionMode.READ_ONLY).send(wall, Notices.drift(Severity.CRITICAL)));
      assertEquals(1, hooks.server.getRequestCount());
    }
  }

  @Test
  void skipsWhatAWebhookDoesNotWantButAlwaysSendsATest() throws Exception {
    try (Hooks hooks = new Hooks()) {
      Webhook hook =
          new Webhook(
              "hook",
              "Team hook",
              WebhookKind.GENERIC,
              new SecretReference.InEnvironment("HOOK_URL"),
              Optional.empty(),
              Severity.CRITICAL,
              Set.of(),
              false);
      WebhookSender sender = hooks.sender(SessionMode.DESKTOP);
      assertEquals(
          "Team hook: not sent: warning is below its minimum severity, critical",
          sender.send(hook, Notices.drift(Severity.WARNING)).message());
      assertEquals(
          "Team hook: not sent: it is set not to announce resolutions",
          sender.send(hook, Notices.resolved(Notices.failedRun(), Notices.SINCE)).message());
      assertEquals(0, hooks.server.getRequestCount());

      hooks.server.enqueue(answer(200, ""));
      assertInstanceOf(SendResult.Delivered.class, sender.test(hook));
      assertEquals("test", body(hooks.server.takeRequest()).path("event").asText());
    }
  }

  @Test
  void aMissingSecretIsNamedAndNothingIsSent() throws Exception {
    try (Hooks hooks = new Hooks()) {
      Webhook hook =
          Webhook.of(
              "hook",
              "Team hook",
              WebhookKind.SLACK,
              new SecretReference.InEnvironment("UNSET_HOOK"));
      assertEquals(
          "Team hook: the environment variable UNSET_HOOK is not set",
          hooks.sender(SessionMode.DESKTOP).test(hook).message());
      assertEquals(0, hooks.server.getRequestCount());
    }
  }

  private static List<String> types(JsonNode array) {
    java.util.ArrayList<String> types = new java.util.ArrayList<>();
    array.forEach(n -> types.add(n.path("type").asText()));
    return types;
  }
}
