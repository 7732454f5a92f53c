package dev.fleetscope.apply.soak;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API server of the soak, living in the test's own process so that it outlives every killed
 * child: fabric8's kubernetes-server-mock in CRUD mode (it keeps objects and applies JSON Patch
 * with {@code test} operations), answering a failed {@code test} with 422 as kube-apiserver does,
 * counting the patches it accepted per Deployment, and with a controller thread that marks each new
 * generation rolled out.
 */
final class SoakApiserver implements AutoCloseable {
  static final String NAMESPACE = "ml";
  private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

  static {
    MOCK_LOG.setLevel(Level.WARNING);
  }

  private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
  private final KubernetesMockServer server =
      new KubernetesMockServer(
          new Context(), new MockWebServer(), new HashMap<>(), new Answers(), false);
  private final NamespacedKubernetesClient client;
  private final Thread controller;
  private volatile boolean closed;

  SoakApiserver() {
    server.init();
    client = server.createClient();
    controller =
        Thread.ofPlatform().daemon().name("deployment controller stand-in").start(this::reconcile);
  }

  void deployment(String name, String cpu, String memory) {
    client
        .resource(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: %1$s, namespace: ml}
            spec:
              replicas: 2
              selector: {matchLabels: {app: %1$s}}
              template:
                metadata: {labels: {app: %1$s}}
                spec:
                  containers:
                  - name: api
                    image: api
                    resources:
                      requests: {cpu: "%2$s", memory: %3$s}
                      limits: {memory: %3$s}
            """
                .formatted(name, cpu, memory))
        .create();
  }

  /** The api container's resources as stored: requests.cpu, requests.memory, limits.memory. */
  String resources(String name) {
    Deployment d = client.apps().deployments().inNamespace(NAMESPACE).withName(name).get();
    var r = d.getSpec().getTemplate().getSpec().getContainers().getFirst().getResources();
    return r.getRequests().get("cpu")
        + " "
        + r.getRequests().get("memory")
        + " "
        + r.getLimits().get("memory");
  }

  /** Patches the server accepted (and so applied) for this Deployment since the start. */
  int acceptedPatches(String name) {
    return accepted.getOrDefault(name, new AtomicInteger()).get();
  }

  Path kubeconfig(Path dir) throws IOException {
    Path file = dir.resolve("kubeconfig");
    Files.writeString(
        file,
        """
        current-context: prod
        clusters: [{name: prod, cluster: {server: "%s"}}]
        users: [{name: ana, user: {token: t}}]
        contexts: [{name: prod, context: {cluster: prod, user: ana, namespace: ml}}]
        """
            .formatted(server.url("/")));
    return file;
  }

  private void reconcile() {
    while (!closed) {
      try {
        for (Deployment d : client.apps().deployments().inNamespace(NAMESPACE).list().getItems()) {
          Long generation = d.getMetadata().getGeneration();
          if (d.getStatus() == null
              || !Objects.equals(d.getStatus().getObservedGeneration(), generation)) {
            client
                .apps()
                .deployments()
                .inNamespace(NAMESPACE)
                .withName(d.getMetadata().getName())
                .editStatus(
                    x -> {
                      x.setStatus(
                          new DeploymentStatusBuilder()
                              .withObservedGeneration(generation)
                              .withReplicas(2)
                              .withUpdatedReplicas(2)
                              .withAvailableReplicas(2)
                              .withReadyReplicas(2)
                              .build());
                      return x;
                    });
          }
        }
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    controller.interrupt();
    client.close();
    server.destroy();
  }

  /** Counts accepted patches; answers a failed JSON Patch {@code test} with 422. */
  private final class Answers extends KubernetesCrudDispatcher {
    @Override
    public MockResponse handlePatch(RecordedRequest request) {
      MockResponse response;
      try {
        response = super.handlePatch(request);
      } catch (RuntimeException e) {
        return new MockResponse()
            .setResponseCode(422)
            .setBody(
                "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                    + "\"reason\":\"Invalid\",\"code\":422,\"message\":\"Testing value failed\"}");
      }
      String path = request.getPath();
      if (response.code() / 100 == 2
          && path.contains("/deployments/")
          && !path.contains("/status")
          && !path.contains("dryRun")) {
        String name = path.replaceFirst("^.*/deployments/([^/?]+).*$", "$1");
        accepted.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
      }
      return response;
    }
  }
}
