package dev.fleetscope.prometheus;

import java.io.IOException;

/** The answer is not the JSON the Prometheus API defines; the message says what was found where. */
final class MalformedAnswer extends IOException {
  MalformedAnswer(String message) {
    super(message);
  }

  MalformedAnswer(String message, Throwable cause) {
    super(message, cause);
  }
}
