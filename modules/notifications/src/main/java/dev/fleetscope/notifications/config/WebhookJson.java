package dev.fleetscope.notifications.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.SessionMode;
import dev.fleetscope.model.Severity;
import dev.fleetscope.notifications.SecretReference;
import dev.fleetscope.notifications.Webhook;
import dev.fleetscope.notifications.WebhookKind;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** One webhook of the file; every failure names the entry ({@code webhooks[2]}) and the field. */
final class WebhookJson {
  private static final Set<String> FIELDS =
      Set.of("id", "name", "kind", "url", "token", "minimum", "sendIn", "resolved");

  private WebhookJson() {}

  static Webhook read(JsonNode node, String where) throws NotificationsException {
    if (!node.isObject()) {
      throw new NotificationsException(where + ": expected a webhook object");
    }
    unknownFields(node, FIELDS, where);
    WebhookKind kind;
    try {
      kind = WebhookKind.ofId(text(node, "kind", where));
    } catch (IllegalArgumentException e) {
      throw new NotificationsException(where + ".kind: " + e.getMessage());
    }
    Severity minimum = Severity.WARNING;
    if (node.has("minimum")) {
      try {
        minimum = Severity.ofId(text(node, "minimum", where));
      } catch (IllegalArgumentException e) {
        throw new NotificationsException(where + ".minimum: " + e.getMessage());
      }
    }
    SecretReference url = secret(node.get("url"), where + ".url");
    Optional<SecretReference> token =
        node.has("token")
            ? Optional.of(secret(node.get("token"), where + ".token"))
            : Optional.empty();
    Set<SessionMode> modes = modes(node.path("sendIn"), where + ".sendIn");
    JsonNode resolved = node.path("resolved");
    if (!resolved.isMissingNode() && !resolved.isBoolean()) {
      throw new NotificationsException(where + ".resolved: expected true or false");
    }
    try {
      return new Webhook(
          text(node, "id", where),
          text(node, "name", where),
          kind,
          url,
          token,
          minimum,
          modes,
          resolved.asBoolean(true));
    } catch (IllegalArgumentException e) {
      throw new NotificationsException(where + ": " + e.getMessage());
    }
  }

  private static SecretReference secret(JsonNode node, String where) throws NotificationsException {
    if (node == null || node.isNull()) {
      throw new NotificationsException(
          where + ": missing; give {\"env\": NAME} or {\"file\": PATH}");
    }
    if (node.isTextual()) {
      throw new NotificationsException(
          where
              + ": a secret written out in the file would be kept in clear text; give the"
              + " environment variable or file that holds it: {\"env\": NAME} or {\"file\": PATH}");
    }
    if (!node.isObject() || node.size() != 1 || !(node.has("env") || node.has("file"))) {
      throw new NotificationsException(where + ": expected {\"env\": NAME} or {\"file\": PATH}");
    }
    try {
      return node.has("env")
          ? new SecretReference.InEnvironment(node.get("env").asText())
          : new SecretReference.InFile(Path.of(node.get("file").asText()));
    } catch (IllegalArgumentException e) {
      throw new NotificationsException(where + ": " + e.getMessage());
    }
  }

  private static Set<SessionMode> modes(JsonNode node, String where) throws NotificationsException {
    Set<SessionMode> modes = EnumSet.of(SessionMode.DESKTOP);
    if (node.isMissingNode()) {
      return modes;
    }
    if (!node.isArray()) {
      throw new NotificationsException(where + ": expected an array of session modes");
    }
    for (int i = 0; i < node.size(); i++) {
      String id = node.get(i).asText("");
      String entry = where + "[" + i + "]: unknown session mode " + node.get(i);
      SessionMode mode =
          Arrays.stream(SessionMode.values())
              .filter(m -> m.id().equals(id))
              .findFirst()
              .orElseThrow(
                  () ->
                      new NotificationsException(
                          entry
                              + "; expected one of "
                              + Arrays.stream(SessionMode.values()).map(SessionMode::id).toList()));
      modes.add(mode);
    }
    return modes;
  }

  private static String text(JsonNode node, String field, String where)
      throws NotificationsException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new NotificationsException(where + ": no \"" + field + "\"");
    }
    if (!value.isTextual()) {
      throw new NotificationsException(where + "." + field + ": expected a string, was " + value);
    }
    return value.textValue();
  }

  static void unknownFields(JsonNode node, Set<String> known, String where)
      throws NotificationsException {
    for (String field : (Iterable<String>) node::fieldNames) {
      if (!known.contains(field)) {
        throw new NotificationsException(
            where
                + ": unknown field '"
                + field
                + "'; known are "
                + known.stream().sorted().toList());
      }
    }
  }
}
