package dev.fleetscope.updates;

/**
 * An update check that could not be answered: the feed was unreachable, answered with an error
 * status, was too slow, or was not a release list. The message names the feed's URL and says which.
 */
public final class UpdateCheckException extends Exception {
  private static final long serialVersionUID = 1L;

  public UpdateCheckException(String message) {
    super(message);
  }

  public UpdateCheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
