package dev.fleetscope.pipelines.argo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;
import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.pipelines.Responses;
import dev.fleetscope.pipelines.Settings;
import dev.fleetscope.pipelines.SpecServer;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.JsonHttp;
import dev.fleetscope.pipelines.http.SourceException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Argo Workflows from the Argo Server API (spec-checked) and through the Kubernetes port, on the
 * saved examples.
 */
class ArgoSourceTest {
  static final String SPEC = "argo-workflows-server.swagger.json";
  static final ObjectMapper JSON = new ObjectMapper();
  static final Instant NOW = Instant.parse("2019-12-14T00:00:00Z");

  static ObjectNode example(String name) throws Exception {
    return (ObjectNode) JSON.readTree(Responses.resource("/specs/" + name));
  }

  static String list(Optional<String> continueToken, ObjectNode... items) {
    ObjectNode list =
        JSON.createObjectNode()
            .put("apiVersion", "argoproj.io/v1alpha1")
            .put("kind", "WorkflowList");
    ObjectNode metadata = list.putObject("metadata").put("resourceVersion", "53020800");
    continueToken.ifPresent(t -> metadata.put("continue", t));
    ArrayNode array = list.putArray("items");
    for (ObjectNode item : items) {
      array.add(item);
    }
    return list.toString();
  }

  private static ArgoSource server(SpecServer server, Settings settings, String namespace) {
    ArgoServerLister lister =
        new ArgoServerLister(
            server.url("/"),
            new JsonHttp(
                "Argo prod",
                settings.settings.http(),
                settings.settings.deadlines(),
                Credentials.bearerOrNone("argo-token"),
                settings.settings.backoff(),
                settings.clock));
    return ArgoSource.server(
        settings.settings.withHistory(Duration.ofDays(600)), lister, List.of(namespace));
  }

  @Test
  void listsThroughTheArgoServerPageByPageWithBearerAndFields() throws Exception {
    Settings settings = new Settings("argo", "Argo prod", new MutableClock(NOW));
    try (SpecServer server = new SpecServer(SPEC)) {
      server.respond(
          r ->
              r.getUrl().queryParameter("listOptions.continue") == null
                  ? Responses.json(
                      list(
                          Optional.of("c-1"),
                          exampleUnchecked("argo-workflow-example-succeeded.json")))
                  : Responses.json(
                      list(
                          Optional.empty(),
                          exampleUnchecked("argo-workflow-example-dag-retry-nodes.json"))));
      Map<String, PipelineRun> runs = new LinkedHashMap<>();
      server(server, settings, "workflows").poll().forEach(r -> runs.put(r.runId(), r));

      List<RecordedRequest> requests = server.requests("/api/v1/workflows/workflows");
      assertEquals(2, requests.size());
      assertEquals("c-1", requests.get(1).getUrl().queryParameter("listOptions.continue"));
      assertEquals("100", requests.getFirst().getUrl().queryParameter("listOptions.limit"));
      assertEquals(
          "2018-04-23T00:00:00Z",
          requests.getFirst().getUrl().queryParameter("createdAfter")); // now - 600 d
      assertEquals(ArgoServerLister.FIELDS, requests.getFirst().getUrl().queryParameter("fields"));
      assertEquals("Bearer argo-token", requests.getFirst().getHeaders().get("Authorization"));

      PipelineRun hello = runs.get("workflows/hello-world-9tql2");
      assertEquals("hello-world", hello.pipeline()); // from generateName "hello-world-"
      assertEquals(RunState.SUCCEEDED, hello.state());
      assertEquals(Trigger.MANUAL, hello.trigger());
      assertEquals(Optional.of(Duration.ofSeconds(8)), hello.duration()); // 23:36:32 to 23:36:40
      assertEquals(
          Optional.of(URI.create(server.url("/") + "workflows/workflows/hello-world-9tql2")),
          hello.link());
      // in progress: the controller has set no phase yet, but the workflow has started
      PipelineRun retrying = runs.get("default/dag-with-retries-4wkh8");
      assertEquals(RunState.RUNNING, retrying.state());
      assertEquals(Optional.empty(), retrying.end());
    }
  }

  @Test
  void failedWorkflowNamesItsFailedStepsButNotAttemptsARetryMadeGood() throws Exception {
    ObjectNode workflow = example("argo-workflow-example-dag-retry-nodes.json");
    ObjectNode status = (ObjectNode) workflow.get("status");
    status
        .put("phase", "Failed")
        .put("finishedAt", "2018-08-01T10:23:30Z")
        .put("message", "child failed");
    ((ObjectNode) workflow.get("metadata").get("labels"))
        .put(WorkflowParser.CRON, "nightly-scoring");
    ObjectNode step2 = ((ObjectNode) status.get("nodes")).putObject("dag-with-retries-4wkh8-99");
    step2
        .put("id", "dag-with-retries-4wkh8-99")
        .put("name", "dag-with-retries-4wkh8.step2")
        .put("displayName", "step2")
        .put("type", "Pod")
        .put("phase", "Error")
        .put("message", "OOMKilled (exit code 137)")
        .put("finishedAt", "2018-08-01T10:23:29Z");
    Settings settings = new Settings("argo", "Argo prod", new MutableClock(NOW));
    try (SpecServer server = new SpecServer(SPEC)) {
      server.respond(r -> Responses.json(list(Optional.empty(), workflow)));
      PipelineRun run = server(server, settings, "default").poll().getFirst();
      assertEquals(RunState.FAILED, run.state());
      assertEquals("nightly-scoring", run.pipeline());
      assertEquals(Trigger.SCHEDULED, run.trigger());
      // step1(0) and step1(1) failed, but their Retry node succeeded with step1(2)
      assertEquals(
          List.of(new FailedTask("step2", "OOMKilled (exit code 137)")), run.failedTasks());
    }
  }

  @Test
  void mapsEveryWorkflowPhase() throws Exception {
    List<ObjectNode> items = new ArrayList<>();
    Map<String, RunState> expected = new LinkedHashMap<>();
    Object[][] cases = {
      {"new", "", false, null, null, RunState.QUEUED},
      {"pending", "Pending", true, null, null, RunState.QUEUED},
      {"running", "Running", true, null, null, RunState.RUNNING},
      {"suspended", "Running", true, true, null, RunState.PAUSED},
      {"succeeded", "Succeeded", true, null, null, RunState.SUCCEEDED},
      {"failed", "Failed", true, null, null, RunState.FAILED},
      {"stopped", "Failed", true, null, "Stop", RunState.CANCELED},
      {"error", "Error", true, null, null, RunState.FAILED},
      {"terminated", "Error", true, null, "Terminate", RunState.CANCELED},
      {"future", "Hibernating", true, null, null, RunState.UNKNOWN}
    };
    for (Object[] c : cases) {
      ObjectNode wf = example("argo-workflow-example-succeeded.json");
      ((ObjectNode) wf.get("metadata")).put("name", (String) c[0]);
      ObjectNode status = (ObjectNode) wf.get("status");
      status.put("phase", (String) c[1]);
      if (!(Boolean) c[2]) {
        status.remove(List.of("startedAt", "finishedAt"));
      }
      if (c[3] != null) {
        ((ObjectNode) wf.get("spec")).put("suspend", true);
      }
      if (c[4] != null) {
        ((ObjectNode) wf.get("spec")).put("shutdown", (String) c[4]);
      }
      items.add(wf);
      expected.put("workflows/" + c[0], (RunState) c[5]);
    }
    Settings settings = new Settings("argo", "Argo prod", new MutableClock(NOW));
    KubernetesStandIn kubernetes =
        new KubernetesStandIn(List.of(list(Optional.empty(), items.toArray(ObjectNode[]::new))));
    Map<String, RunState> states = new LinkedHashMap<>();
    new ArgoSource(
            settings.settings, kubernetes, List.of("workflows"), (ns, name) -> Optional.empty())
        .poll()
        .forEach(r -> states.put(r.runId(), r.state()));
    assertEquals(expected, states);
  }

  /**
   * Stands in for the app's Kubernetes-module implementation of the port (no kube-apiserver can run
   * here): it returns WorkflowList pages as the Kubernetes API does, ignoring {@code createdAfter}.
   */
  static final class KubernetesStandIn implements WorkflowLister {
    final List<String> pages;
    final List<Optional<String>> tokens = new ArrayList<>();

    KubernetesStandIn(List<String> pages) {
      this.pages = pages;
    }

    @Override
    public String list(
        String namespace, Optional<Instant> createdAfter, int limit, Optional<String> token) {
      tokens.add(token);
      return pages.get(token.map(Integer::parseInt).orElse(0));
    }

    @Override
    public String describe() {
      return "Kubernetes context prod";
    }
  }

  @Test
  void kubernetesStandInPagesByContinueAndOldWorkflowsAreLeftOut() throws Exception {
    Settings settings = new Settings("argo-k8s", "Argo on prod", new MutableClock(NOW));
    ObjectNode recent = example("argo-workflow-example-succeeded.json");
    ObjectNode old =
        example("argo-workflow-example-dag-retry-nodes.json"); // 2018: outside 7 days of history
    KubernetesStandIn kubernetes =
        new KubernetesStandIn(List.of(list(Optional.of("1"), old), list(Optional.empty(), recent)));
    List<PipelineRun> runs =
        new ArgoSource(
                settings.settings, kubernetes, List.of("workflows"), (ns, name) -> Optional.empty())
            .poll();
    assertEquals(
        List.of("workflows/hello-world-9tql2"), runs.stream().map(PipelineRun::runId).toList());
    assertEquals(List.of(Optional.empty(), Optional.of("1")), kubernetes.tokens);
    assertEquals(Optional.empty(), runs.getFirst().link()); // no Argo UI known for a bare cluster
  }

  @Test
  void malformedWorkflowListNamesWhereItCameFrom() {
    Settings settings = new Settings("argo-k8s", "Argo on prod", new MutableClock(NOW));
    KubernetesStandIn kubernetes = new KubernetesStandIn(List.of("{\"items\": [}"));
    SourceException e =
        assertThrows(
            SourceException.class,
            () ->
                new ArgoSource(
                        settings.settings,
                        kubernetes,
                        List.of("ml"),
                        (ns, name) -> Optional.empty())
                    .poll());
    assertEquals(
        "Argo on prod: the workflow list from Kubernetes context prod is not JSON (line 1, column 12); "
            + "it begins: {\"items\": [}",
        e.getMessage());
  }

  @Test
  void unknownNamespaceIsA404NamingTheSource() {
    Settings settings = new Settings("argo", "Argo prod", new MutableClock(NOW));
    try (SpecServer server = new SpecServer(SPEC)) {
      server.respond(
          r -> Responses.json(404, Map.of("code", 5, "message", "namespaces \"mlx\" not found")));
      SourceException e =
          assertThrows(SourceException.class, () -> server(server, settings, "mlx").poll());
      assertTrue(
          e.getMessage().startsWith("Argo prod: GET " + server.url("/api/v1/workflows/mlx")),
          e.getMessage());
      assertTrue(
          e.getMessage()
              .endsWith(
                  " returned 404 Not Found: check the URL (and the namespace or API version)"
                      + " (server says: namespaces \"mlx\" not found)"),
          e.getMessage());
    }
  }

  @Test
  void forbiddenSaysTheCredentialsLackPermission() {
    Settings settings = new Settings("argo", "Argo prod", new MutableClock(NOW));
    try (SpecServer server = new SpecServer(SPEC)) {
      server.respond(
          r ->
              Responses.json(
                  403, Map.of("code", 7, "message", "workflows.argoproj.io is forbidden")));
      SourceException e =
          assertThrows(SourceException.class, () -> server(server, settings, "ml").poll());
      assertTrue(
          e.getMessage()
              .contains("was refused with 403 Forbidden: the credentials lack permission for it"),
          e.getMessage());
    }
  }

  private static ObjectNode exampleUnchecked(String name) {
    try {
      return example(name);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
