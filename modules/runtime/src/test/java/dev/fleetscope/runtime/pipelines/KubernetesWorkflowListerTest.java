package dev.fleetscope.runtime.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.kubernetes.ClusterConnector;
import dev.fleetscope.kubernetes.Connections;
import dev.fleetscope.kubernetes.Kubeconfig;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.pipelines.SourceSettings;
import dev.fleetscope.pipelines.argo.ArgoSource;
import dev.fleetscope.pipelines.http.Backoff;
import dev.fleetscope.pipelines.http.SourceException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Argo Workflows through the Kubernetes API. No kube-apiserver can run here, and fabric8's mock
 * server does not serve custom resources with {@code limit}/{@code continue} paging, so a
 * MockWebServer plays the apiserver: each test scripts its answers, shaped like {@code
 * WorkflowList} objects, and checks the requests it received.
 */
class KubernetesWorkflowListerTest {
  /** The day of the saved Argo example's workflow. */
  static final Instant NOW = Instant.parse("2018-08-01T12:00:00Z");

  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Backoff NO_WAIT =
      new Backoff(3, Duration.ofMillis(1), Duration.ofMillis(1), d -> {});

  @TempDir Path dir;
  private final MockWebServer apiserver = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    apiserver.start();
  }

  @AfterEach
  void stop() {
    apiserver.close();
  }

  static String workflow(String name, String phase, String started, String finished) {
    return """
        {"metadata":{"name":"%1$s","namespace":"default","creationTimestamp":"%3$s",
          "labels":{"workflows.argoproj.io/cron-workflow":"batch-scoring"}},
         "spec":{},
         "status":{"phase":"%2$s","startedAt":"%3$s","finishedAt":%4$s,
           "nodes":{"%1$s-1":{"name":"%1$s.score","displayName":"score-shard(3)","type":"Pod","phase":"%2$s",
             "message":"Error (exit code 1)"}}}}"""
        .formatted(name, phase, started, finished == null ? "null" : "\"" + finished + "\"");
  }

  static MockResponse page(String continueToken, String... items) {
    String metadata =
        continueToken == null
            ? "{\"resourceVersion\":\"812\"}"
            : "{\"resourceVersion\":\"812\",\"continue\":\"" + continueToken + "\"}";
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body(
            "{\"apiVersion\":\"argoproj.io/v1alpha1\",\"kind\":\"WorkflowList\",\"metadata\":"
                + metadata
                + ",\"items\":["
                + String.join(",", items)
                + "]}")
        .build();
  }

  private KubernetesWorkflowLister lister() throws Exception {
    Kubeconfig config =
        Kubeconfig.load(List.of(LabKubeconfig.write(dir, apiserver.url("/").toString())));
    return KubernetesWorkflowLister.open(
        new Connections(new ClusterConnector(config, true)), "lab", NO_WAIT, CLOCK);
  }

  static String savedExample() throws Exception {
    return new String(
        KubernetesWorkflowListerTest.class
            .getResourceAsStream("/specs/argo-workflow-example-dag-retry-nodes.json")
            .readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void listsWorkflowsPageByPageFromScriptedApiserverStandIn() throws Exception {
    apiserver.enqueue(
        page(
            "eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ",
            workflow(
                "batch-scoring-a1", "Failed", "2018-08-01T04:30:00Z", "2018-08-01T04:52:00Z")));
    apiserver.enqueue(page(null, savedExample()));
    ArgoSource source =
        new ArgoSource(
            SourceSettings.of("argo", "Argo on lab")
                .withHistory(Duration.ofDays(1))
                .with(SourceSettings.of("argo", "x").http(), NO_WAIT, CLOCK),
            lister(),
            List.of("default"),
            (ns, name) -> Optional.empty());

    List<PipelineRun> runs = source.poll();

    // newest first: the saved example (retrying since 10:22:43, no phase yet: running), then the
    // failed one
    assertEquals(
        List.of("default/dag-with-retries-4wkh8", "default/batch-scoring-a1"),
        runs.stream().map(PipelineRun::runId).toList());
    assertEquals(
        List.of(RunState.RUNNING, RunState.FAILED), runs.stream().map(PipelineRun::state).toList());
    assertEquals("score-shard(3)", runs.get(1).failedTasks().getFirst().name());
    List<RecordedRequest> requests = new ArrayList<>();
    requests.add(apiserver.takeRequest());
    requests.add(apiserver.takeRequest());
    assertEquals(
        "/apis/argoproj.io/v1alpha1/namespaces/default/workflows?limit=100",
        requests.get(0).getTarget());
    assertEquals(
        "/apis/argoproj.io/v1alpha1/namespaces/default/workflows?limit=100&continue=eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ",
        requests.get(1).getTarget());
    for (RecordedRequest request : requests) {
      assertEquals("GET", request.getMethod());
      assertEquals(
          "Bearer s3cret",
          request.getHeaders().get("Authorization"),
          "the kubeconfig's credentials");
    }
  }

  @Test
  void aClusterWithoutArgoIsNamed() throws Exception {
    apiserver.enqueue(
        new MockResponse.Builder()
            .code(404)
            .setHeader("Content-Type", "application/json")
            .body(
                "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"the server could not find the requested resource\",\"reason\":\"NotFound\",\"code\":404}")
            .build());
    SourceException e =
        assertThrows(
            SourceException.class,
            () -> lister().list("ml", Optional.empty(), 100, Optional.empty()));
    assertTrue(
        e.getMessage().startsWith("Kubernetes context lab: GET " + apiserver.url("/")),
        e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith(
                "returned 404 Not Found: the cluster serves no workflows.argoproj.io/v1alpha1 "
                    + "(is Argo Workflows installed?)"),
        e.getMessage());
  }

  @Test
  void aForbiddenListNamesTheContextAndTheServersReason() throws Exception {
    apiserver.enqueue(
        new MockResponse.Builder()
            .code(403)
            .setHeader("Content-Type", "application/json")
            .body(
                "{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"workflows.argoproj.io is forbidden: User \\\"dev\\\" cannot list resource \\\"workflows\\\" in API group \\\"argoproj.io\\\" in the namespace \\\"ml\\\"\",\"reason\":\"Forbidden\",\"code\":403}")
            .build());
    SourceException e =
        assertThrows(
            SourceException.class,
            () -> lister().list("ml", Optional.empty(), 100, Optional.empty()));
    assertTrue(e.getMessage().startsWith("Kubernetes context lab: GET "), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains(
                "403 Forbidden: the credentials lack permission for it (server says: "
                    + "workflows.argoproj.io is forbidden: User \"dev\" cannot list"),
        e.getMessage());
  }

  @Test
  void retriesWhenTheApiserverIsThrottling() throws Exception {
    apiserver.enqueue(
        new MockResponse.Builder().code(429).setHeader("Retry-After", "1").body("{}").build());
    apiserver.enqueue(page(null));
    assertEquals(
        "[]",
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(lister().list("ml", Optional.empty(), 50, Optional.empty()))
            .get("items")
            .toString());
    assertEquals(2, apiserver.getRequestCount());
  }

  @Test
  void anUnknownContextIsNamedWithTheKnownOnes() throws Exception {
    Kubeconfig config =
        Kubeconfig.load(List.of(LabKubeconfig.write(dir, apiserver.url("/").toString())));
    var e =
        assertThrows(
            java.io.IOException.class,
            () ->
                KubernetesWorkflowLister.open(
                    new Connections(new ClusterConnector(config, true)), "prod", NO_WAIT, CLOCK));
    assertEquals("no context 'prod' in the kubeconfig (contexts: lab)", e.getMessage());
  }
}
