package dev.fleetscope.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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

  /**
   * Creates objects of any kind from YAML, CRDs included (the client's typed handlers know only
   * built-in kinds): each document goes to its collection, named as the API names it (the kind in
   * lower case plus {@code s}), namespaced when it has a namespace.
   */
  void createAny(String yaml) {
    for (String document : yaml.split("(?m)^---\\s*$")) {
      if (document.lines().allMatch(l -> l.isBlank() || l.startsWith("#"))) {
        continue;
      }
      GenericKubernetesResource item =
          client.getKubernetesSerialization().unmarshal(document, GenericKubernetesResource.class);
      String apiVersion = item.getApiVersion();
      int slash = apiVersion.indexOf('/');
      String namespace = item.getMetadata().getNamespace();
      ResourceDefinitionContext context =
          new ResourceDefinitionContext.Builder()
              .withGroup(slash < 0 ? "" : apiVersion.substring(0, slash))
              .withVersion(apiVersion.substring(slash + 1))
              .withKind(item.getKind())
              .withPlural(item.getKind().toLowerCase(java.util.Locale.ROOT) + "s")
              .withNamespaced(namespace != null)
              .build();
      var resources = client.genericKubernetesResources(context);
      (namespace == null ? resources : resources.inNamespace(namespace)).resource(item).create();
    }
  }

  /** A writer on a read-write connection to this server, as context {@code prod}. */
  KubernetesClusterWriter writer(Path dir) throws IOException {
    return new KubernetesClusterWriter(
        new Connections(
            new ClusterConnector(Kubeconfig.load(List.of(kubeconfig(dir, "prod"))), false)));
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
