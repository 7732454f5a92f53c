package dev.fleetscope.alerts.rules;

import java.io.IOException;

/**
 * The rules file cannot be used; the message names the file, and the rule's index and field when
 * one entry is at fault.
 */
public final class AlertRulesException extends IOException {
  private static final long serialVersionUID = 1L;

  AlertRulesException(String message) {
    super(message);
  }

  AlertRulesException(String message, Throwable cause) {
    super(message, cause);
  }
}
