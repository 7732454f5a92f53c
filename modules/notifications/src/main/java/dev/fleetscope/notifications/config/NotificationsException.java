package dev.fleetscope.notifications.config;

import java.io.IOException;

/** {@code notifications.json} cannot be used; the message names the file, entry and field. */
public final class NotificationsException extends IOException {
  private static final long serialVersionUID = 1L;

  NotificationsException(String message) {
    super(message);
  }

  NotificationsException(String message, Throwable cause) {
    super(message, cause);
  }
}
