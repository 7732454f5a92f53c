package dev.fleetscope.prometheus;

/**
 * What went wrong talking to Prometheus: every {@code errorType} its API returns, the two limits
 * Fleetscope works around, and what can fail before an API answer (HTTP, TLS, the network).
 */
public enum Problem {
  /** {@code bad_data}: the query or a parameter is invalid. */
  BAD_DATA("rejected the query as invalid"),
  /**
   * {@code bad_data} "exceeded maximum resolution of 11,000 points per timeseries": avoided by
   * splitting the range.
   */
  TOO_MANY_POINTS("refused more than 11,000 points per series"),
  /**
   * {@code execution} "query processing would load too many samples": the range is split while it
   * can be.
   */
  TOO_MANY_SAMPLES("would load too many samples into memory (the server's --query.max-samples)"),
  /** {@code execution}: evaluation failed. */
  EXECUTION("failed to execute the query"),
  /** {@code timeout}: evaluation took longer than the query timeout. */
  TIMEOUT("timed out evaluating the query"),
  /**
   * {@code canceled}: the server canceled evaluation (shutting down, or the request was aborted).
   */
  CANCELED("canceled the query"),
  /** {@code internal}: a server-side error such as "TSDB not ready". */
  INTERNAL("had an internal error"),
  /** {@code not_found}, or an HTTP 404 without an API answer: no such endpoint or object. */
  NOT_FOUND("found no such API endpoint (check the URL and its path prefix)"),
  /** {@code not_acceptable}: the server cannot answer in a format Fleetscope accepts. */
  NOT_ACCEPTABLE("cannot answer in an acceptable format"),
  /** {@code unavailable}, or HTTP 503 without an API answer. */
  UNAVAILABLE("is unavailable"),
  /** HTTP 401 or 403: the credentials were refused. */
  UNAUTHORIZED("refused Fleetscope's credentials"),
  /** Another HTTP status without a Prometheus API answer (a proxy in between, say). */
  HTTP("answered with an unexpected HTTP status"),
  /** The answer was not the Prometheus JSON Fleetscope expects. */
  MALFORMED_RESPONSE("sent an answer Fleetscope cannot read"),
  /** The server's certificate was not trusted or the TLS handshake failed. */
  TLS("failed the TLS handshake"),
  /** A deadline of the request passed (connect, read or whole call): not tried again. */
  CLIENT_TIMEOUT("did not answer in time"),
  /** The connection closed before the answer was complete. */
  CUT_OFF("broke off its answer"),
  /** Fleetscope cancelled the request: the source was closed or the user gave up. */
  CANCELLED_BY_CLIENT("was not waited for: the request was cancelled"),
  /** The connection could not be made. */
  CONNECTION("could not be reached");

  private final String description;

  Problem(String description) {
    this.description = description;
  }

  /** What Prometheus did, as the tail of a sentence starting with "Prometheus at URL ...". */
  public String description() {
    return description;
  }

  /**
   * The problem a Prometheus {@code errorType} names, refined by its message where Fleetscope acts
   * on it.
   */
  static Problem ofErrorType(String errorType, String message) {
    String text = message == null ? "" : message;
    return switch (errorType == null ? "" : errorType) {
      case "bad_data" -> text.contains("exceeded maximum resolution") ? TOO_MANY_POINTS : BAD_DATA;
      case "execution" -> text.contains("too many samples") ? TOO_MANY_SAMPLES : EXECUTION;
      case "timeout" -> TIMEOUT;
      case "canceled" -> CANCELED;
      case "internal" -> INTERNAL;
      case "not_found" -> NOT_FOUND;
      case "not_acceptable" -> NOT_ACCEPTABLE;
      case "unavailable" -> UNAVAILABLE;
      default -> EXECUTION;
    };
  }

  /** The problem an HTTP status without a Prometheus API answer means. */
  static Problem ofHttpStatus(int status) {
    return switch (status) {
      case 401, 403 -> UNAUTHORIZED;
      case 404 -> NOT_FOUND;
      case 406 -> NOT_ACCEPTABLE;
      case 503 -> UNAVAILABLE;
      default -> HTTP;
    };
  }

  /** Range queries that hit these are split and tried again. */
  boolean splittable() {
    return this == TOO_MANY_POINTS || this == TOO_MANY_SAMPLES;
  }
}
