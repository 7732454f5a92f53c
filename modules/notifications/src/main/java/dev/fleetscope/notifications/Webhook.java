package dev.fleetscope.notifications;

import dev.fleetscope.model.SessionMode;
import dev.fleetscope.model.Severity;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One configured webhook.
 *
 * @param name as people know it ({@code Slack #ml-alerts}); messages name the webhook by it, never
 *     by its URL
 * @param url where the URL is kept: for Slack and Teams the URL itself is the credential
 * @param token a bearer token for a generic webhook that wants one
 * @param minimum alerts less severe than this are not sent
 * @param sendIn the session modes it sends in; a desktop session always may, {@code --read-only}
 *     and {@code --wall} only when listed
 * @param resolved whether an alert that clears is announced too
 */
public record Webhook(
    String id,
    String name,
    WebhookKind kind,
    SecretReference url,
    Optional<SecretReference> token,
    Severity minimum,
    Set<SessionMode> sendIn,
    boolean resolved) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  public Webhook {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a webhook id is lower-case letters, digits, '.', '_' and '-', was '" + id + "'");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("webhook " + id + " needs a name");
    }
    if (token.isPresent() && kind != WebhookKind.GENERIC) {
      throw new IllegalArgumentException(
          "webhook "
              + id
              + ": only a generic webhook takes a token; "
              + kind.id()
              + " URLs carry"
              + " their own credential");
    }
    EnumSet<SessionMode> modes = EnumSet.of(SessionMode.DESKTOP);
    modes.addAll(sendIn);
    sendIn = Set.copyOf(modes);
  }

  /** A webhook for desktop sessions only, warnings and worse, resolutions announced. */
  public static Webhook of(String id, String name, WebhookKind kind, SecretReference url) {
    return new Webhook(id, name, kind, url, Optional.empty(), Severity.WARNING, Set.of(), true);
  }

  public Webhook sendingIn(Set<SessionMode> modes) {
    return new Webhook(id, name, kind, url, token, minimum, modes, resolved);
  }
}
