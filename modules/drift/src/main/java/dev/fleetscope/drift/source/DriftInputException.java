package dev.fleetscope.drift.source;

/**
 * Input that cannot be read as drift data; the message names the file, line, column or window at
 * fault.
 */
public final class DriftInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DriftInputException(String message) {
    super(message);
  }

  public DriftInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
