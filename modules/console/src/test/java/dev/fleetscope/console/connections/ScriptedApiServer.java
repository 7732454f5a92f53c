package dev.fleetscope.console.connections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer stand-in for a Kubernetes API server answering the health probe ({@code
 * /version}, a one-pod list, a SelfSubjectAccessReview that denies patching), since no
 * kube-apiserver runs here; and the kubeconfig that points at it.
 */
final class ScriptedApiServer implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();

  ScriptedApiServer() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (!"Bearer lab-token".equals(request.getHeaders().get("Authorization"))) {
              return json(401, "{\"kind\":\"Status\",\"message\":\"Unauthorized\",\"code\":401}");
            }
            String path = request.getUrl().encodedPath();
            if (path.equals("/version")) {
              return json(200, "{\"major\":\"1\",\"minor\":\"33\",\"gitVersion\":\"v1.33.1\"}");
            }
            if (path.equals("/api/v1/pods") && request.getMethod().equals("GET")) {
              return json(
                  200,
                  "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"7\"},\"items\":[]}");
            }
            if (path.equals("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews")) {
              return json(
                  201, "{\"kind\":\"SelfSubjectAccessReview\",\"status\":{\"allowed\":false}}");
            }
            return json(
                404,
                "{\"kind\":\"Status\",\"message\":\"the server could not find the requested resource\",\"code\":404}");
          }
        });
    server.start();
  }

  /**
   * A kubeconfig with a context {@code lab} on this server (token {@code lab-token}) and {@code
   * gone} on a closed port.
   */
  Path kubeconfig(Path dir, int closedPort) throws IOException {
    return Files.writeString(
        dir.resolve("lab.yaml"),
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: lab
          cluster: {server: "http://127.0.0.1:%d"}
        - name: gone
          cluster: {server: "http://127.0.0.1:%d"}
        users:
        - name: ops
          user: {token: lab-token}
        contexts:
        - name: lab
          context: {cluster: lab, user: ops, namespace: ml}
        - name: gone
          context: {cluster: gone, user: ops}
        """
            .formatted(server.getPort(), closedPort));
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Override
  public void close() {
    server.close();
  }
}
