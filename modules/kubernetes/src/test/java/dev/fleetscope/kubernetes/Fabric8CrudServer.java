package dev.fleetscope.kubernetes;

import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The stand-in for a kube-apiserver: fabric8's kubernetes-server-mock in CRUD mode, which keeps
 * objects and serves get, list, watch and JSON Patch (with {@code test} operations) faithfully. A
 * fabric8 client seeds and inspects it; Fleetscope talks to it through client-java like to any
 * cluster.
 *
 * <p>One gap is filled: when a {@code test} operation fails, the mock leaves the object alone but
 * sends no answer (an unhandled exception). kube-apiserver answers 422 {@code Testing value <path>
 * failed}; so does this.
 */
final class Fabric8CrudServer implements AutoCloseable {
  /** Held so the setting sticks: the mock logs every request at INFO. */
  private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

  static {
    MOCK_LOG.setLevel(Level.WARNING);
  }

  final KubernetesMockServer server =
      new KubernetesMockServer(
          new Context(), new MockWebServer(), new HashMap<>(), new ApiserverPatchErrors(), false);
  final NamespacedKubernetesClient client;

  Fabric8CrudServer() {
    server.init();
    client = server.createClient();
  }

  String url() {
    return server.url("/");
  }

  /** Creates objects from YAML (several documents allowed). */
  void create(String yaml) {
    client.resourceList(yaml).create();
  }

  Path kubeconfig(Path dir, String context) throws IOException {
    return TestKubeconfigs.withToken(dir, context, url(), "t");
  }

  /**
   * Answers a failed JSON Patch {@code test} as kube-apiserver does instead of dropping the
   * request.
   */
  private static final class ApiserverPatchErrors extends KubernetesCrudDispatcher {
    @Override
    public MockResponse handlePatch(RecordedRequest request) {
      try {
        return super.handlePatch(request);
      } catch (RuntimeException e) {
        String message = "Testing value failed: " + e.getMessage();
        return new MockResponse()
            .setResponseCode(422)
            .setBody(
                "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                    + "\"reason\":\"Invalid\",\"code\":422,\"message\":"
                    + io.fabric8.kubernetes.client.utils.Serialization.asJson(message)
                    + "}");
      }
    }
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
