package dev.fleetscope.prometheus;

import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/**
 * Scripted answers for client tests where the real Prometheus cannot produce the case (a 499, a
 * proxy's 502).
 */
final class MockPrometheus {
  static final String EMPTY_VECTOR =
      "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}";

  private MockPrometheus() {}

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse ok(String body) {
    return json(200, body);
  }

  static MockResponse error(int status, String errorType, String error) {
    return json(
        status,
        "{\"status\":\"error\",\"errorType\":\""
            + errorType
            + "\",\"error\":\""
            + error.replace("\"", "\\\"")
            + "\"}");
  }

  /** Settings for a mock server, with fast retries. */
  static ConnectionSettings settings(MockWebServer server) {
    String url = server.url("/").toString();
    return ConnectionSettings.forUrl(url)
        .withTimeouts(
            Timeouts.DEFAULT.withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40)));
  }
}
