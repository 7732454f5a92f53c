package dev.fleetscope.prometheus;

import java.io.IOException;
import java.util.Optional;

/**
 * The answer is not the JSON the Prometheus API defines; the message says what was found where. A
 * JSON syntax error also keeps its {@link Syntax place}, so that the request around it can say the
 * answer is not JSON at all (with the HTTP status) rather than JSON of the wrong shape.
 */
final class MalformedAnswer extends IOException {
  /**
   * Where the text stopped being JSON.
   *
   * @param truncated the parser met the end of the answer
   * @param line 1 for the first, 0 when the parser could not say
   * @param column 1 for the first
   */
  record Syntax(boolean truncated, int line, int column) {}

  private final transient Syntax syntax;

  MalformedAnswer(String message) {
    this(message, null, null);
  }

  MalformedAnswer(String message, Throwable cause) {
    this(message, cause, null);
  }

  MalformedAnswer(String message, Throwable cause, Syntax syntax) {
    super(message, cause);
    this.syntax = syntax;
  }

  /** Present when the answer is not JSON text at all; empty when it is JSON of the wrong shape. */
  Optional<Syntax> syntax() {
    return Optional.ofNullable(syntax);
  }
}
