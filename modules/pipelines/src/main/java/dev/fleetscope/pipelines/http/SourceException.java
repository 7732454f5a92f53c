package dev.fleetscope.pipelines.http;

import java.io.IOException;

/**
 * A source could not be read; the message names the source and says what a person can do about it.
 */
public final class SourceException extends IOException {
  private final int status;

  public SourceException(String message) {
    this(message, 0);
  }

  /**
   * @param status the HTTP status the server answered with
   */
  public SourceException(String message, int status) {
    super(message);
    this.status = status;
  }

  public SourceException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
  }

  /** The HTTP status the server answered with, when it answered. */
  public java.util.OptionalInt status() {
    return status == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(status);
  }
}
