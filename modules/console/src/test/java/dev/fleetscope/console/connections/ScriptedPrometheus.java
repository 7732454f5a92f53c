package dev.fleetscope.console.connections;

import java.io.IOException;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer stand-in for a Prometheus 2.53 answering the connection test's requests (build
 * info, TSDB status, the needed metrics' series counts, label names): cAdvisor and most of
 * kube-state-metrics are there, {@code kube_replicaset_owner} and the DCGM exporter are not. The
 * real Prometheus is in the ITs.
 */
final class ScriptedPrometheus implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();

  ScriptedPrometheus() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            return switch (path) {
              case "/api/v1/status/buildinfo" ->
                  ok(
                      "{\"version\":\"2.53.1\",\"revision\":\"f2f4f2c\",\"goVersion\":\"go1.22.5\"}");
              case "/api/v1/status/tsdb" ->
                  ok("{\"headStats\":{\"numSeries\":48213,\"chunkCount\":90000}}");
              case "/api/v1/labels" -> ok("[\"__name__\",\"container\",\"namespace\",\"pod\"]");
              case "/api/v1/query" ->
                  ok(
                      "{\"resultType\":\"vector\",\"result\":["
                          + count("container_cpu_usage_seconds_total", 120)
                          + ","
                          + count("container_memory_working_set_bytes", 120)
                          + ","
                          + count("kube_pod_owner", 40)
                          + ","
                          + count("kube_pod_container_resource_requests", 64)
                          + ","
                          + count("kube_pod_container_resource_limits", 50)
                          + ","
                          + count("kube_pod_info", 40)
                          + "]}");
              default -> new MockResponse.Builder().code(404).body("404 page not found").build();
            };
          }
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getPort();
  }

  private static String count(String metric, int series) {
    return "{\"metric\":{\"__name__\":\""
        + metric
        + "\"},\"value\":[1795000000,\""
        + series
        + "\"]}";
  }

  private static MockResponse ok(String data) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body("{\"status\":\"success\",\"data\":" + data + "}")
        .build();
  }

  @Override
  public void close() {
    server.close();
  }
}
