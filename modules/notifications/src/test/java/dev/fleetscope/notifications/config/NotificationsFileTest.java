package dev.fleetscope.notifications.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetscope.model.SessionMode;
import dev.fleetscope.model.Severity;
import dev.fleetscope.notifications.SecretReference;
import dev.fleetscope.notifications.Webhook;
import dev.fleetscope.notifications.WebhookKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationsFileTest {
  static List<Webhook> read(String json) throws IOException {
    return NotificationsFile.read(
        new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)),
        "notifications.json");
  }

  static String refusal(String json) {
    return assertThrows(NotificationsException.class, () -> read(json)).getMessage();
  }

  @Test
  void webhooksReadBackAsWrittenWithSecretsOnlyAsReferences() throws IOException {
    List<Webhook> hooks =
        List.of(
            Webhook.of(
                    "slack-ml",
                    "Slack #ml",
                    WebhookKind.SLACK,
                    new SecretReference.InEnvironment("SLACK_URL"))
                .sendingIn(Set.of(SessionMode.WALL)),
            new Webhook(
                "bridge",
                "Pager bridge",
                WebhookKind.GENERIC,
                new SecretReference.InFile(Path.of("/run/secrets/bridge-url")),
                Optional.of(new SecretReference.InEnvironment("BRIDGE_TOKEN")),
                Severity.CRITICAL,
                Set.of(SessionMode.READ_ONLY, SessionMode.WALL),
                false));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NotificationsFile.write(hooks, out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertEquals(hooks, read(json));
    assertFalse(json.contains("http"), json);
  }

  @Test
  void refusesAUrlWrittenOutNamingTheEntryAndField() {
    assertEquals(
        "notifications.json: webhooks[0].url: a secret written out in the file would be kept in"
            + " clear text; give the environment variable or file that holds it: {\"env\": NAME}"
            + " or {\"file\": PATH}",
        refusal(
            "{'version': 1, 'webhooks': [{'id': 'a', 'name': 'A', 'kind': 'slack',"
                + " 'url': 'https://hooks.slack.com/services/T/B/X'}]}"));
  }

  @Test
  void namesTheEntryAndFieldOfOtherMistakes() {
    String ok = "{'id': 'a', 'name': 'A', 'kind': 'slack', 'url': {'env': 'A_URL'}}, ";
    assertEquals(
        "notifications.json: webhooks[1].sendIn[0]: unknown session mode \"kiosk\"; expected one of"
            + " [desktop, read-only, wall]",
        refusal(
            "{'version': 1, 'webhooks': ["
                + ok
                + "{'id': 'b', 'name': 'B', 'kind': 'teams', 'url': {'env': 'B'}, 'sendIn': ['kiosk']}]}"));
    assertEquals(
        "notifications.json: webhooks[1].kind: unknown webhook kind 'discord'; expected one of"
            + " [slack, teams, generic]",
        refusal(
            "{'version': 1, 'webhooks': ["
                + ok
                + "{'id': 'b', 'name': 'B', 'kind': 'discord', 'url': {'env': 'B'}}]}"));
    assertEquals(
        "notifications.json: webhooks[1].id: 'a' is already the id of webhooks[0]",
        refusal("{'version': 1, 'webhooks': [" + ok + ok.substring(0, ok.length() - 2) + "]}"));
  }

  @Test
  void refusesANewerVersion() {
    assertEquals(
        "notifications.json was written by a newer Fleetscope (format version 3); this one reads"
            + " version 1. Update Fleetscope, or move the file aside to set the webhooks up again.",
        refusal("{'version': 3, 'webhooks': []}"));
  }
}
