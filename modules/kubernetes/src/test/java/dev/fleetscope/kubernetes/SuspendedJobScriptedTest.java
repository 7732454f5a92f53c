package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: a MockWebServer answering as kube-apiservers of 1.35 and 1.36 do for a suspended Job
 * (the CRUD mock has no version to differ by): its resources may change from 1.36 (KEP-5440 beta),
 * a running Job's never.
 */
class SuspendedJobScriptedTest {
  private static final WorkloadRef JOB = new WorkloadRef("prod", "ml", WorkloadKind.JOB, "tune");

  @TempDir Path dir;

  private boolean immutable(String gitVersion, boolean suspended) throws Exception {
    String job =
        """
        {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"tune","namespace":"ml"},
         "spec":{"suspend":%s,"template":{"spec":{"containers":[{"name":"tune","resources":{"requests":{"cpu":"4"}}}]}}}}"""
            .formatted(suspended);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              String path = request.getTarget();
              String body =
                  path.startsWith("/version")
                      ? "{\"gitVersion\":\"" + gitVersion + "\"}"
                      : path.endsWith("/jobs/tune") ? job : "{\"items\":[]}";
              return new MockResponse.Builder().body(body).build();
            }
          });
      server.start();
      KubernetesClusterWriter writer =
          new KubernetesClusterWriter(
              new Connections(
                  new ClusterConnector(
                      Kubeconfig.load(
                          List.of(
                              TestKubeconfigs.withToken(
                                  dir, "prod", server.url("/").toString(), "t"))),
                      false)));
      return writer.read(JOB).podTemplateImmutable();
    }
  }

  @Test
  void aSuspendedJobsResourcesMayChangeFrom136Only_MockWebServer() throws Exception {
    assertFalse(immutable("v1.36.0", true));
    assertTrue(immutable("v1.35.2", true));
    assertTrue(immutable("v1.36.0", false));
  }
}
