package dev.fleetscope.pipelines.http;

import java.io.IOException;

/**
 * A source could not be read; the message names the source and says what a person can do about it.
 */
public final class SourceException extends IOException {
  public SourceException(String message) {
    super(message);
  }

  public SourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
