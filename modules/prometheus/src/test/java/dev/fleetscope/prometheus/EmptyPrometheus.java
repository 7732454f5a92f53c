package dev.fleetscope.prometheus;

import dev.fleetscope.model.testing.FaultyServer.Answer;

/**
 * A healthy Prometheus that holds no series, for {@code FaultyServer} routes: every API request is
 * a success with an empty list, vector or matrix. What a faulty server turns into when it comes
 * back; a source reading it is live with no cluster.
 */
public final class EmptyPrometheus {
  private EmptyPrometheus() {}

  /** The answer to a request target ({@code /api/v1/query?...}). */
  public static Answer answer(String target) {
    return Answer.json(200, body(target));
  }

  /** The JSON body of that answer. */
  public static String body(String target) {
    if (target.startsWith("/api/v1/series") || target.startsWith("/api/v1/labels")) {
      return "{\"status\":\"success\",\"data\":[]}";
    }
    String type = target.startsWith("/api/v1/query_range") ? "matrix" : "vector";
    return "{\"status\":\"success\",\"data\":{\"resultType\":\"" + type + "\",\"result\":[]}}";
  }
}
