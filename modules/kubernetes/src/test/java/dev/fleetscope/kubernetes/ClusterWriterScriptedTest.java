package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriteException.Reason;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.RolloutState;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.net.Deadlines;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: a scripted MockWebServer playing kube-apiserver's answers the CRUD mock cannot give:
 * dryRun=All, 403, 409, 422, a request timeout and a failed rollout seen through a watch.
 */
class ClusterWriterScriptedTest {
  private static final WorkloadRef SERVING =
      new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "serving");
  private static final String DEPLOYMENT =
      """
      {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"serving","namespace":"ml","generation":2,
       "resourceVersion":"41"},
       "spec":{"replicas":2,"template":{"spec":{"containers":[{"name":"api","resources":{"requests":{"cpu":"1"}}}]}}},
       "status":{"observedGeneration":2,"replicas":2,"updatedReplicas":2,"availableReplicas":2}}""";
  private static final WorkloadChange CHANGE =
      new WorkloadChange(
          SERVING,
          List.of(
              new ContainerChange(
                  "api",
                  new ContainerResources(Map.of("cpu", "1"), Map.of()),
                  new ContainerResources(Map.of("cpu", "500m"), Map.of()))));

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private KubernetesClusterWriter writer;

  @BeforeEach
  void start() throws Exception {
    server.start();
    var kubeconfig =
        Kubeconfig.load(
            List.of(TestKubeconfigs.withToken(dir, "prod", server.url("/").toString(), "t")));
    writer =
        new KubernetesClusterWriter(
            new Connections(
                new ClusterConnector(
                    kubeconfig,
                    false,
                    Deadlines.within(Duration.ofMillis(500)),
                    false,
                    Clock.systemUTC())));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void answer(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).build());
  }

  private static String status(int code, String message) {
    return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":"
        + code
        + ",\"message\":\""
        + message
        + "\"}";
  }

  private ClusterWriteException refusedWith(int code, String message) throws Exception {
    answer(200, DEPLOYMENT);
    answer(code, status(code, message));
    return assertThrows(
        ClusterWriteException.class, () -> writer.apply(CHANGE, ApplyMethod.ROLLOUT));
  }

  @Test
  void dryRunSendsThePinnedPatchWithDryRunAllAndReportsTheServersAnswer_MockWebServer()
      throws Exception {
    answer(200, DEPLOYMENT);
    answer(200, DEPLOYMENT.replace("\"cpu\":\"1\"", "\"cpu\":\"500m\""));
    String said = writer.dryRun(CHANGE, ApplyMethod.ROLLOUT);
    assertEquals("accepted by the server (dry run): api {\"requests\":{\"cpu\":\"500m\"}}", said);
    server.takeRequest();
    RecordedRequest patch = server.takeRequest();
    assertEquals("PATCH", patch.getMethod());
    assertEquals(
        "/apis/apps/v1/namespaces/ml/deployments/serving?fieldManager=fleetscope&dryRun=All",
        patch.getTarget());
    assertEquals(
        "application/json-patch+json; charset=utf-8", patch.getHeaders().get("Content-Type"));
    assertEquals(
        "[{\"op\":\"test\",\"path\":\"/spec/template/spec/containers/0/name\",\"value\":\"api\"},"
            + "{\"op\":\"test\",\"path\":\"/spec/template/spec/containers/0/resources\",\"value\":{\"requests\":{\"cpu\":\"1\"}}},"
            + "{\"op\":\"replace\",\"path\":\"/spec/template/spec/containers/0/resources\",\"value\":{\"requests\":{\"cpu\":\"500m\"}}}]",
        patch.getBody().utf8());
  }

  @Test
  void forbiddenByRbacIsReportedAsForbidden_MockWebServer() throws Exception {
    var e =
        refusedWith(
            403,
            "deployments.apps \\\"serving\\\" is forbidden: User \\\"ana\\\" cannot patch resource");
    assertEquals(Reason.FORBIDDEN, e.reason());
    assertEquals(
        "Deployment prod/ml/serving: forbidden (HTTP 403: deployments.apps \"serving\" is forbidden: User \"ana\" cannot patch resource)",
        e.getMessage());
  }

  @Test
  void conflict409IsReportedAsAConflict_MockWebServer() throws Exception {
    assertEquals(Reason.CONFLICT, refusedWith(409, "the object has been modified").reason());
  }

  @Test
  void failedTestOperation422IsAConflictAndOther422sAreInvalid_MockWebServer() throws Exception {
    assertEquals(
        Reason.CONFLICT,
        refusedWith(422, "Testing value /spec/template/spec/containers/0/resources failed")
            .reason());
    var invalid =
        refusedWith(
            422,
            "Deployment.apps \\\"serving\\\" is invalid: spec.template.spec.containers[0].resources.requests:"
                + " Invalid value: \\\"500m\\\": must be less than or equal to cpu limit");
    assertEquals(Reason.INVALID, invalid.reason());
    assertTrue(
        invalid
            .getMessage()
            .startsWith(
                "Deployment prod/ml/serving: the server refused the change as invalid (HTTP 422: "),
        invalid.getMessage());
  }

  @Test
  void aServerThatDoesNotAnswerInTimeIsReportedUnreachable_MockWebServer() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(DEPLOYMENT)
            .headersDelay(2, TimeUnit.SECONDS)
            .build());
    var e =
        assertThrows(ClusterWriteException.class, () -> writer.apply(CHANGE, ApplyMethod.ROLLOUT));
    assertEquals(Reason.UNREACHABLE, e.reason());
    assertTrue(
        e.getMessage().startsWith("Deployment prod/ml/serving: no answer in time"), e.getMessage());
  }

  @Test
  void aRolloutThatExceedsItsProgressDeadlineFailsWhileWatched_MockWebServer() throws Exception {
    answer(200, DEPLOYMENT.replace("\"updatedReplicas\":2", "\"updatedReplicas\":1"));
    String failed =
        DEPLOYMENT
            .replace("\"updatedReplicas\":2", "\"updatedReplicas\":1")
            .replace(
                "\"availableReplicas\":2}",
                "\"availableReplicas\":1,\"conditions\":[{\"type\":\"Progressing\","
                    + "\"status\":\"False\",\"reason\":\"ProgressDeadlineExceeded\","
                    + "\"message\":\"ReplicaSet serving-7d9 has timed out progressing.\"}]}");
    answer(200, "{\"type\":\"MODIFIED\",\"object\":" + failed.replace("\n", "") + "}\n");
    RolloutState state = writer.rollout(CHANGE, ApplyMethod.ROLLOUT, Duration.ofSeconds(5));
    assertEquals(
        new RolloutState.Failed(
            "progress deadline exceeded: ReplicaSet serving-7d9 has timed out progressing."),
        state);
    server.takeRequest();
    assertEquals(
        "/apis/apps/v1/deployments".replace("deployments", "namespaces/ml/deployments")
            + "?watch=true&fieldSelector=metadata.name%3Dserving&resourceVersion=41&timeoutSeconds=4",
        server.takeRequest().getTarget());
  }

  @Test
  void aWatchThatExpiredIsReplacedByAFreshRead_MockWebServer() throws Exception {
    String progressing = DEPLOYMENT.replace("\"updatedReplicas\":2", "\"updatedReplicas\":1");
    answer(200, progressing);
    answer(
        200,
        "{\"type\":\"ERROR\",\"object\":"
            + status(410, "too old resource version: 41 (97)")
            + "}\n");
    answer(200, DEPLOYMENT);
    assertEquals(
        new RolloutState.Complete(),
        writer.rollout(CHANGE, ApplyMethod.ROLLOUT, Duration.ofSeconds(5)));
    assertEquals(3, server.getRequestCount());
  }
}
