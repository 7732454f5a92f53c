package dev.fleetscope.notifications.send;

import java.io.IOException;

/** Thrown instead of sending: the session's mode does not allow this request out. */
public final class SendRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  SendRefusedException(String message) {
    super(message);
  }
}
