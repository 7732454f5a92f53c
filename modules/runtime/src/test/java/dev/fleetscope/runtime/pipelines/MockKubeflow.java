package dev.fleetscope.runtime.pipelines;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A Kubeflow Pipelines v2beta1 stand-in on loopback (okhttp's MockWebServer) for starting runs: two
 * pipelines, the churn pipeline's two versions, two experiments, and {@code POST /runs}, which
 * answers with a run id. The payloads follow the pipelines module's {@code KubeflowCatalogTest},
 * which checks its requests against KFP's {@code kfp_api_single_file.swagger.json}.
 */
public final class MockKubeflow implements AutoCloseable {
  private final MockWebServer server;
  private final List<String> started = Collections.synchronizedList(new ArrayList<>());
  private final List<String> listed = Collections.synchronizedList(new ArrayList<>());

  public MockKubeflow() throws IOException {
    server = LoopbackServers.answering(this::answer);
  }

  public String url() {
    return server.url("/").toString();
  }

  /** The body of every request that started a run. */
  public List<String> started() {
    return List.copyOf(started);
  }

  /** The path and query of every listing asked for. */
  public List<String> listed() {
    return List.copyOf(listed);
  }

  private MockResponse answer(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (request.getMethod().equals("GET")) {
      listed.add(path + "?" + request.getUrl().encodedQuery());
    }
    return switch (path) {
      case "/apis/v2beta1/pipelines" ->
          JsonAnswers.json(
              200,
              Map.of(
                  "pipelines",
                  List.of(
                      Map.of("pipeline_id", "p-churn", "display_name", "churn-retrain"),
                      Map.of("pipeline_id", "p-rank", "display_name", "ranker-retrain")),
                  "total_size",
                  2));
      case "/apis/v2beta1/pipelines/p-churn/versions" ->
          JsonAnswers.json(
              200,
              Map.of(
                  "pipeline_versions",
                  List.of(
                      Map.of(
                          "pipeline_id", "p-churn",
                          "pipeline_version_id", "v-8",
                          "display_name", "churn v8"),
                      Map.of(
                          "pipeline_id", "p-churn",
                          "pipeline_version_id", "v-7",
                          "display_name", "churn v7")),
                  "total_size",
                  2));
      case "/apis/v2beta1/pipelines/p-rank/versions" ->
          JsonAnswers.json(200, Map.of("total_size", 0));
      case "/apis/v2beta1/experiments" ->
          JsonAnswers.json(
              200,
              Map.of(
                  "experiments",
                  List.of(
                      Map.of("experiment_id", "e-drift", "display_name", "drift-retraining"),
                      Map.of("experiment_id", "e-default", "display_name", "Default")),
                  "total_size",
                  2));
      case "/apis/v2beta1/runs" -> {
        if (!request.getMethod().equals("POST")) {
          yield JsonAnswers.json(200, Map.of());
        }
        started.add(request.getBody().utf8());
        yield JsonAnswers.json(200, Map.of("run_id", "run-" + started.size(), "state", "PENDING"));
      }
      default -> JsonAnswers.json(404, Map.of("code", 5, "message", "not found: " + path));
    };
  }

  @Override
  public void close() {
    server.close();
  }
}
