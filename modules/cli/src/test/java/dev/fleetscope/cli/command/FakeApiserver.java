package dev.fleetscope.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.zjsonpatch.JsonPatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The stand-in for a kube-apiserver and its Deployment controller: fabric8's kubernetes-server-mock
 * in CRUD mode, plus three things the mock lacks: {@code dryRun=All} answers without persisting, a
 * failed JSON Patch {@code test} is answered 422 as kube-apiserver does (the mock drops the
 * request), and a controller thread that marks each new Deployment generation observed and rolled
 * out.
 */
final class FakeApiserver implements AutoCloseable {
  private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    MOCK_LOG.setLevel(Level.WARNING);
  }

  private final KubernetesMockServer server =
      new KubernetesMockServer(
          new Context(), new MockWebServer(), new HashMap<>(), new ApiserverAnswers(), false);
  final NamespacedKubernetesClient client;
  private final Thread controller;
  private volatile boolean closed;

  FakeApiserver() {
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
    Deployment d = client.apps().deployments().inNamespace("ml").withName(name).get();
    var r = d.getSpec().getTemplate().getSpec().getContainers().getFirst().getResources();
    return r.getRequests().get("cpu")
        + " "
        + r.getRequests().get("memory")
        + " "
        + r.getLimits().get("memory");
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
        for (Deployment d : client.apps().deployments().inNamespace("ml").list().getItems()) {
          Long generation = d.getMetadata().getGeneration();
          if (d.getStatus() == null
              || !Objects.equals(d.getStatus().getObservedGeneration(), generation)) {
            client
                .apps()
                .deployments()
                .inNamespace("ml")
                .withName(d.getMetadata().getName())
                .editStatus(
                    x -> {
                      x.setStatus(
                          new io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder()
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

  /** kube-apiserver's answers where the CRUD mock falls short: dry runs and failed tests. */
  private static final class ApiserverAnswers extends KubernetesCrudDispatcher {
    @Override
    public MockResponse handlePatch(RecordedRequest request) {
      try {
        if (request.getPath().contains("dryRun=All")) {
          MockResponse current =
              handleGet(request.getPath().substring(0, request.getPath().indexOf('?')));
          if (current.code() != 200) {
            return current;
          }
          JsonNode patched =
              JsonPatch.apply(
                  JSON.readTree(request.getUtf8Body()),
                  JSON.readTree(current.getBody().readUtf8()));
          return new MockResponse().setResponseCode(200).setBody(patched.toString());
        }
        return super.handlePatch(request);
      } catch (IOException | RuntimeException e) {
        return new MockResponse()
            .setResponseCode(422)
            .setBody(
                JSON.createObjectNode()
                    .put("kind", "Status")
                    .put("code", 422)
                    .put("reason", "Invalid")
                    .put("message", "Testing value failed: " + e.getMessage())
                    .toString());
      }
    }
  }
}
