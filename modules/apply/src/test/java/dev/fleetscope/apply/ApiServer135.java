package dev.fleetscope.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer answering as a Kubernetes 1.35 API server does, with bodies shaped like its
 * objects (written from the API reference: apps/v1, core/v1 with resize conditions and
 * observedGeneration, autoscaling/v2, autoscaling.k8s.io/v1): GETs of the objects it was given by
 * path, an empty list for any other collection, and a record of every request, so a test can see
 * that nothing was sent.
 */
final class ApiServer135 implements AutoCloseable {
  final MockWebServer server = new MockWebServer();
  final List<String> requests = new CopyOnWriteArrayList<>();
  private final Map<String, String> objects = new ConcurrentHashMap<>();

  ApiServer135() throws IOException {
    objects.put("/version", "{\"major\":\"1\",\"minor\":\"35\",\"gitVersion\":\"v1.35.1\"}");
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String target = request.getTarget();
            requests.add(request.getMethod() + " " + target);
            String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
            String body = objects.get(path);
            if (body == null && !request.getMethod().equals("GET")) {
              return new MockResponse.Builder().code(405).body("{}").build();
            }
            if (body == null) {
              return isList(path)
                  ? new MockResponse.Builder().body("{\"items\":[]}").build()
                  : new MockResponse.Builder()
                      .code(404)
                      .body("{\"kind\":\"Status\",\"code\":404,\"reason\":\"NotFound\"}")
                      .build();
            }
            return new MockResponse.Builder().body(body).build();
          }
        });
    server.start();
  }

  private static boolean isList(String path) {
    return path.endsWith("/pods")
        || path.endsWith("horizontalpodautoscalers")
        || path.endsWith("poddisruptionbudgets")
        || path.endsWith("verticalpodautoscalers");
  }

  /** Serves {@code json} at {@code path}. */
  ApiServer135 with(String path, String json) {
    objects.put(path, json);
    return this;
  }

  /** The requests that would change something: none may reach the server for a refused change. */
  List<String> writes() {
    return requests.stream().filter(r -> !r.startsWith("GET ")).toList();
  }

  Path kubeconfig(Path dir) throws IOException {
    return Files.writeString(
        dir.resolve("kubeconfig.yaml"),
        """
        apiVersion: v1
        kind: Config
        current-context: prod
        clusters:
        - name: prod
          cluster: {server: "%s"}
        users:
        - name: prod
          user: {token: t}
        contexts:
        - name: prod
          context: {cluster: prod, user: prod, namespace: ml}
        """
            .formatted(server.url("/")));
  }

  @Override
  public void close() {
    server.close();
  }
}
