package dev.fleetscope.pipelines;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.pipelines.airflow.AirflowSource;
import dev.fleetscope.pipelines.argo.ArgoSource;
import dev.fleetscope.pipelines.argo.WorkflowLister;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.SourceException;
import dev.fleetscope.pipelines.kubeflow.KubeflowSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;

/**
 * Any bytes as the answers of an orchestrator: the first byte picks Airflow, Kubeflow Pipelines or
 * Argo Workflows, the rest is every list, detail and task answer its source gets (Airflow and KFP
 * from a loopback MockWebServer, Argo from its lister port). A poll either returns runs or fails
 * with a {@link SourceException} whose message starts with the source's name; any other exception
 * is a finding. Seeds: the saved Argo examples and answers written after the Airflow and KFP specs
 * (see the inputs folder's SOURCES.md).
 */
class PipelineAnswersFuzzTest {
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private static volatile byte[] answer = new byte[0];
  private static final MockWebServer SERVER = start();

  @FuzzTest(maxDuration = "15s")
  void pollsOrFailsNamingTheSource(byte[] input) throws Exception {
    if (input.length == 0) {
      return;
    }
    answer = Arrays.copyOfRange(input, 1, input.length);
    Settings settings = new Settings("fuzz", "Fuzzed source", new MutableClock(NOW));
    PipelineSource source =
        switch (Math.floorMod(input[0], 3)) {
          case 0 -> new AirflowSource(settings.settings, SERVER.url("/"), "ops", "s3cret");
          case 1 ->
              new KubeflowSource(
                  settings.settings, SERVER.url("/"), new Credentials.None(), Optional.empty());
          default ->
              new ArgoSource(
                  settings.settings, new Lister(), List.of("ml"), (n, w) -> Optional.empty());
        };
    try {
      source.poll();
    } catch (SourceException e) {
      assertTrue(e.getMessage().startsWith("Fuzzed source"), e.getMessage());
    }
  }

  @AfterAll
  static void stop() throws IOException {
    SERVER.close();
  }

  private static MockWebServer start() {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            if (path.equals("/api/v2/version")) {
              return new MockResponse.Builder().code(404).body("not found").build();
            }
            if (path.equals("/api/v1/version")) {
              return json("{\"version\":\"2.10.5\",\"git_version\":\"release:2.10.5\"}");
            }
            return json(new String(answer, StandardCharsets.UTF_8));
          }
        });
    try {
      server.start();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return server;
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** Argo's port: every page is the fuzzed answer. */
  private static final class Lister implements WorkflowLister {
    @Override
    public String list(
        String namespace, Optional<Instant> createdAfter, int limit, Optional<String> token) {
      return new String(answer, StandardCharsets.UTF_8);
    }

    @Override
    public String describe() {
      return "the fuzzed lister";
    }
  }
}
