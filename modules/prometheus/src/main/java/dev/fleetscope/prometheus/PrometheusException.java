package dev.fleetscope.prometheus;

import java.io.IOException;
import java.util.Optional;

/**
 * A request to Prometheus failed. The message names the server, the query (by its purpose and its
 * PromQL), what happened and, where there is one, what to do about it.
 */
public final class PrometheusException extends IOException {
  private static final int MAX_PROMQL_IN_MESSAGE = 240;

  private final Problem problem;
  private final String server;
  private final Optional<PromQuery> query;
  private final int httpStatus;
  private final String serverMessage;

  PrometheusException(
      Problem problem,
      String server,
      Optional<PromQuery> query,
      int httpStatus,
      String serverMessage,
      Throwable cause) {
    super(message(problem, server, query, httpStatus, serverMessage), cause);
    this.problem = problem;
    this.server = server;
    this.query = query;
    this.httpStatus = httpStatus;
    this.serverMessage = serverMessage;
  }

  public Problem problem() {
    return problem;
  }

  /** The server's base URL. */
  public String server() {
    return server;
  }

  /** The query that failed; empty for requests that are not queries (build info, label names). */
  public Optional<PromQuery> query() {
    return query;
  }

  /** The HTTP status, or 0 when no answer came. */
  public int httpStatus() {
    return httpStatus;
  }

  /** What the server (or the network) said, verbatim. */
  public String serverMessage() {
    return serverMessage;
  }

  private static String message(
      Problem problem, String server, Optional<PromQuery> query, int status, String serverMessage) {
    StringBuilder text =
        new StringBuilder("Prometheus at ")
            .append(server)
            .append(' ')
            .append(problem.description());
    query.ifPresent(
        q ->
            text.append(" for query \"")
                .append(q.name())
                .append("\" (")
                .append(abbreviate(q.promql()))
                .append(')'));
    if (status > 0) {
      text.append(": HTTP ").append(status);
    }
    if (!serverMessage.isBlank()) {
      text.append(status > 0 ? ", " : ": ").append(serverMessage.strip());
    }
    hint(problem).ifPresent(h -> text.append(". ").append(h));
    return text.toString();
  }

  private static Optional<String> hint(Problem problem) {
    return Optional.ofNullable(
        switch (problem) {
          case TOO_MANY_SAMPLES ->
              "Even the smallest slice of the range is too large: shorten the window, use a coarser step, "
                  + "or raise --query.max-samples on the server";
          case TIMEOUT -> "Tried again with backoff; raise the query timeout or use a coarser step";
          case CLIENT_TIMEOUT ->
              "Not tried again: raise the connection's deadlines, or ask for less (a shorter window, a coarser step)";
          case UNAUTHORIZED -> "Check the connection's user, password or bearer token";
          case TLS -> "Check the CA file, or the client certificate and key, of the connection";
          default -> null;
        });
  }

  private static String abbreviate(String promql) {
    String flat = promql.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_PROMQL_IN_MESSAGE
        ? flat
        : flat.substring(0, MAX_PROMQL_IN_MESSAGE - 1) + "…";
  }
}
