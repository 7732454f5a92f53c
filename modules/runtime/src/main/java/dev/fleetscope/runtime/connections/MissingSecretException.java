package dev.fleetscope.runtime.connections;

/** A saved connection names a secret that is not there (an unset environment variable). */
public final class MissingSecretException extends Exception {
  private static final long serialVersionUID = 1L;

  public MissingSecretException(String message) {
    super(message);
  }
}
