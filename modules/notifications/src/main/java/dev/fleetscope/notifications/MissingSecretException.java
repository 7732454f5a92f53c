package dev.fleetscope.notifications;

/** A webhook names a secret that is not there: an unset variable, a missing or empty file. */
public final class MissingSecretException extends Exception {
  private static final long serialVersionUID = 1L;

  public MissingSecretException(String message) {
    super(message);
  }
}
