package dev.fleetscope.notifications.send;

import dev.fleetscope.model.SessionMode;
import java.util.Set;

/**
 * Attached to a webhook request ({@code Request.tag}): the session modes its webhook was enabled
 * for. A request without one is sent from a desktop session only.
 */
public record SendPermission(String webhook, Set<SessionMode> modes) {
  public SendPermission {
    modes = Set.copyOf(modes);
  }
}
