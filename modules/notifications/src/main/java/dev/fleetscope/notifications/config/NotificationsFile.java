package dev.fleetscope.notifications.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.json.JsonProblems;
import dev.fleetscope.model.SessionMode;
import dev.fleetscope.notifications.SecretReference;
import dev.fleetscope.notifications.Webhook;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code notifications.json} in the config folder, versioned; secrets only as a reference:
 *
 * <pre>{@code
 * {"version": 1,
 *  "webhooks": [
 *    {"id": "slack-ml", "name": "Slack #ml-alerts", "kind": "slack",
 *     "url": {"env": "FLEETSCOPE_SLACK_WEBHOOK"}, "minimum": "warning",
 *     "sendIn": ["desktop", "wall"], "resolved": true},
 *    {"id": "bridge", "name": "Pager bridge", "kind": "generic",
 *     "url": {"file": "/run/secrets/bridge-url"}, "token": {"env": "BRIDGE_TOKEN"}}]}
 * }</pre>
 *
 * A URL or token written out in the file is refused: it would be a secret in clear text.
 */
public final class NotificationsFile {
  public static final String FILE_NAME = "notifications.json";
  public static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private NotificationsFile() {}

  public static List<Webhook> read(InputStream in, String source) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new NotificationsException(source + ": " + JsonProblems.describe(e), e);
    }
    if (root == null || !root.isObject()) {
      throw new NotificationsException(
          source + ": expected a JSON object with \"version\" and \"webhooks\"");
    }
    WebhookJson.unknownFields(root, Set.of("version", "webhooks"), source);
    JsonNode version = root.path("version");
    if (!version.isMissingNode() && (!version.isIntegralNumber() || version.asInt() < 1)) {
      throw new NotificationsException(source + ": \"version\" must be 1, was " + version);
    }
    if (version.asInt(VERSION) > VERSION) {
      throw new NotificationsException(
          source
              + " was written by a newer Fleetscope (format version "
              + version.asInt()
              + "); this one reads version "
              + VERSION
              + ". Update Fleetscope, or move the file aside to set the webhooks up again.");
    }
    JsonNode hooks = root.path("webhooks");
    if (!hooks.isArray()) {
      throw new NotificationsException(source + ": \"webhooks\" must be an array of webhooks");
    }
    List<Webhook> read = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < hooks.size(); i++) {
      Webhook hook = WebhookJson.read(hooks.get(i), source + ": webhooks[" + i + "]");
      Integer earlier = ids.putIfAbsent(hook.id(), i);
      if (earlier != null) {
        throw new NotificationsException(
            source
                + ": webhooks["
                + i
                + "].id: '"
                + hook.id()
                + "' is already the id of"
                + " webhooks["
                + earlier
                + "]");
      }
      read.add(hook);
    }
    return List.copyOf(read);
  }

  public static void write(List<Webhook> hooks, OutputStream out) throws IOException {
    ObjectNode root = JSON.createObjectNode().put("version", VERSION);
    ArrayNode array = root.putArray("webhooks");
    for (Webhook hook : hooks) {
      ObjectNode node =
          array
              .addObject()
              .put("id", hook.id())
              .put("name", hook.name())
              .put("kind", hook.kind().id());
      node.set("url", secret(hook.url()));
      hook.token().ifPresent(t -> node.set("token", secret(t)));
      node.put("minimum", hook.minimum().id());
      ArrayNode modes = node.putArray("sendIn");
      for (SessionMode mode : SessionMode.values()) {
        if (hook.sendIn().contains(mode)) {
          modes.add(mode.id());
        }
      }
      node.put("resolved", hook.resolved());
    }
    out.write((root.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static ObjectNode secret(SecretReference reference) {
    ObjectNode node = JSON.createObjectNode();
    return switch (reference) {
      case SecretReference.InFile f -> node.put("file", f.path().toString());
      case SecretReference.InEnvironment e -> node.put("env", e.variable());
    };
  }
}
