package dev.fleetscope.prometheus;

import java.time.Duration;

/**
 * How to read model serving.
 *
 * @param otelModelLabel the label naming the model on OpenTelemetry's {@code
 *     http_server_request_duration_seconds}; series without it are not model servers
 * @param deadline how long a whole reading may take, all its queries together; each query has the
 *     connection's own timeouts besides
 */
public record ServingOptions(String otelModelLabel, Duration deadline) {
  public static final ServingOptions DEFAULT = new ServingOptions("model", Duration.ofMinutes(2));

  public ServingOptions {
    if (otelModelLabel == null || !otelModelLabel.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
      throw new IllegalArgumentException("not a Prometheus label name: '" + otelModelLabel + "'");
    }
    if (deadline.isNegative()) {
      throw new IllegalArgumentException("a deadline is not negative, was " + deadline);
    }
  }

  public ServingOptions withOtelModelLabel(String label) {
    return new ServingOptions(label, deadline);
  }

  public ServingOptions withDeadline(Duration limit) {
    return new ServingOptions(otelModelLabel, limit);
  }
}
