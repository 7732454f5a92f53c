package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.net.Deadlines;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stand-in: a scripted MockWebServer, counting the requests that reach it. */
class ReadOnlyModeTest {
  @TempDir Path dir;

  @Test
  void readOnlyConnectionRefusesEveryWriteBeforeItReachesTheServer_MockWebServer()
      throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(
          new MockResponse.Builder().code(200).body("{\"gitVersion\":\"v1.33.0\"}").build());
      ClusterConnection connection =
          TestKubeconfigs.connect(
              TestKubeconfigs.withToken(dir, "prod", server.url("/").toString(), "t"),
              "prod",
              true);
      KubeHttp http = new KubeHttp(connection);

      assertEquals(200, http.get("/version").code());
      var patch =
          assertThrows(
              ReadOnlyInterceptor.ReadOnlyViolation.class,
              () -> http.patch("/apis/apps/v1/namespaces/ml/deployments/serving", "[]"));
      assertEquals(
          "read-only mode: refused PATCH /apis/apps/v1/namespaces/ml/deployments/serving",
          patch.getMessage());
      assertThrows(
          ReadOnlyInterceptor.ReadOnlyViolation.class,
          () -> http.post("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", "{}"));
      assertEquals(1, server.getRequestCount(), "only the GET reached the server");
    }
  }

  @Test
  void readOnlyWriterReportsForbiddenAndSendsNothing_MockWebServer() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      String deployment =
          """
          {"metadata":{"name":"serving","namespace":"ml"},"spec":{"template":{"spec":{"containers":[
            {"name":"api","resources":{"requests":{"cpu":"1"}}}]}}}}""";
      server.enqueue(new MockResponse.Builder().code(200).body(deployment).build());
      var kubeconfig =
          Kubeconfig.load(
              List.of(TestKubeconfigs.withToken(dir, "prod", server.url("/").toString(), "t")));
      var writer =
          new KubernetesClusterWriter(
              new Connections(
                  new ClusterConnector(
                      kubeconfig,
                      true,
                      Deadlines.within(Duration.ofSeconds(5)),
                      false,
                      Clock.systemUTC())));
      var change =
          new WorkloadChange(
              new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "serving"),
              List.of(
                  new ContainerChange(
                      "api",
                      new ContainerResources(Map.of("cpu", "1"), Map.of()),
                      new ContainerResources(Map.of("cpu", "500m"), Map.of()))));
      var e =
          assertThrows(
              ClusterWriteException.class, () -> writer.apply(change, ApplyMethod.ROLLOUT));
      assertEquals(ClusterWriteException.Reason.FORBIDDEN, e.reason());
      assertEquals(1, server.getRequestCount(), "the read reached the server, the patch did not");
      assertEquals("GET", server.takeRequest().getMethod());
    }
  }
}
