package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.RolloutState;
import dev.fleetscope.model.change.WorkloadChange;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: a scripted MockWebServer playing a Kubernetes 1.33 API server with the pods' resize
 * subresource.
 */
class InPlaceResizeTest {
  private static final WorkloadRef SERVING =
      new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "serving");
  private static final String DEPLOYMENT =
      """
      {"metadata":{"name":"serving","namespace":"ml"},"spec":{"selector":{"matchLabels":{"app":"serving"}},
       "template":{"spec":{"containers":[{"name":"api","resources":{"requests":{"cpu":"1"}}}]}}}}""";
  private static final WorkloadChange CHANGE =
      new WorkloadChange(
          SERVING,
          List.of(
              new ContainerChange(
                  "api",
                  new ContainerResources(Map.of("cpu", "1"), Map.of()),
                  new ContainerResources(Map.of("cpu", "500m"), Map.of()))));

  @TempDir Path dir;

  private static String pods(String conditions) {
    String pod =
        """
        {"metadata":{"name":"%s","labels":{"app":"serving"}},"spec":{"containers":[{"name":"api","resources":{"requests":{"cpu":"1"}}}]},
         "status":{"conditions":[%s]}}""";
    return "{\"items\":["
        + pod.formatted("serving-a", conditions)
        + ","
        + pod.formatted("serving-b", "")
        + "]}";
  }

  private static KubernetesClusterWriter writer(MockWebServer server, Path dir) throws Exception {
    return new KubernetesClusterWriter(
        new Connections(
            new ClusterConnector(
                Kubeconfig.load(
                    List.of(
                        TestKubeconfigs.withToken(dir, "prod", server.url("/").toString(), "t"))),
                false)));
  }

  private static void answer(MockWebServer server, String body) {
    server.enqueue(new MockResponse.Builder().body(body).build());
  }

  @Test
  void resizesEachRunningPodThroughItsResizeSubresourcePinnedByTestOperations_MockWebServer()
      throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      answer(server, DEPLOYMENT);
      answer(server, pods(""));
      answer(server, "{}");
      answer(server, "{}");
      writer(server, dir).apply(CHANGE, ApplyMethod.IN_PLACE);
      server.takeRequest();
      assertEquals(
          "/api/v1/namespaces/ml/pods?labelSelector=app%3Dserving",
          server.takeRequest().getTarget());
      for (String pod : List.of("serving-a", "serving-b")) {
        RecordedRequest resize = server.takeRequest();
        assertEquals(
            "PATCH /api/v1/namespaces/ml/pods/" + pod + "/resize?fieldManager=fleetscope",
            resize.getMethod() + " " + resize.getTarget());
        assertEquals(
            "[{\"op\":\"test\",\"path\":\"/spec/containers/0/name\",\"value\":\"api\"},"
                + "{\"op\":\"test\",\"path\":\"/spec/containers/0/resources\",\"value\":{\"requests\":{\"cpu\":\"1\"}}},"
                + "{\"op\":\"replace\",\"path\":\"/spec/containers/0/resources\",\"value\":{\"requests\":{\"cpu\":\"500m\"}}}]",
            resize.getBody().utf8());
      }
    }
  }

  @Test
  void followsTheResizeUntilNoPodReportsOneInProgressAndFailsAnInfeasibleOne_MockWebServer()
      throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      answer(server, DEPLOYMENT);
      answer(server, pods("{\"type\":\"PodResizeInProgress\",\"status\":\"True\"}"));
      answer(server, DEPLOYMENT);
      answer(server, pods(""));
      assertEquals(
          new RolloutState.Complete(),
          writer(server, dir).rollout(CHANGE, ApplyMethod.IN_PLACE, Duration.ofSeconds(5)));

      answer(server, DEPLOYMENT);
      answer(
          server,
          pods(
              "{\"type\":\"PodResizePending\",\"status\":\"True\",\"reason\":\"Infeasible\","
                  + "\"message\":\"Node didn't have enough capacity: cpu\"}"));
      assertEquals(
          new RolloutState.Failed(
              "pod serving-a: resize infeasible: Node didn't have enough capacity: cpu"),
          writer(server, dir).rollout(CHANGE, ApplyMethod.IN_PLACE, Duration.ofSeconds(5)));
    }
  }

  @Test
  void inPlaceResizeIsOfferedFromKubernetes133_MockWebServer() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      answer(server, "{\"gitVersion\":\"v1.33.0\"}");
      answer(server, "{\"gitVersion\":\"v1.32.4-gke.100\"}");
      KubernetesClusterWriter writer = writer(server, dir);
      assertTrue(writer.supportsInPlaceResize("prod"));
      assertFalse(writer.supportsInPlaceResize("prod"));
    }
  }
}
