package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Raw JSON requests over a connection's HTTP client (its credentials, TLS and read-only guard). The
 * writer reads workloads as JSON rather than as client-java models so that it sees quantities
 * exactly as the server spells them: a JSON Patch {@code test} compares strings.
 */
final class KubeHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  static final MediaType JSON_PATCH = MediaType.get("application/json-patch+json");
  static final MediaType APPLICATION_JSON = MediaType.get("application/json");

  /** An HTTP answer: status code and body (a Kubernetes {@code Status} on errors). */
  record Answer(int code, JsonNode body) {
    boolean ok() {
      return code >= 200 && code < 300;
    }

    /** The server's {@code Status.message}, or the status code when it sent none. */
    String message() {
      String message = body.path("message").asText("");
      return message.isEmpty() ? "HTTP " + code : message;
    }
  }

  private final ClusterConnection connection;

  KubeHttp(ClusterConnection connection) {
    this.connection = connection;
  }

  Answer get(String pathAndQuery) throws IOException {
    return send(new Request.Builder().url(connection.baseUrl() + pathAndQuery).get().build());
  }

  Answer patch(String pathAndQuery, String jsonPatch) throws IOException {
    return send(
        new Request.Builder()
            .url(connection.baseUrl() + pathAndQuery)
            .patch(RequestBody.create(jsonPatch, JSON_PATCH))
            .build());
  }

  Answer post(String path, String json) throws IOException {
    return send(
        new Request.Builder()
            .url(connection.baseUrl() + path)
            .post(RequestBody.create(json, APPLICATION_JSON))
            .build());
  }

  private Answer send(Request request) throws IOException {
    try (Response response =
        connection
            .http()
            .newCall(request.newBuilder().header("Accept", "application/json").build())
            .execute()) {
      String text = response.body().string();
      JsonNode body;
      try {
        body = text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
      } catch (IOException notJson) {
        body = JSON.createObjectNode().put("message", text.strip());
      }
      return new Answer(response.code(), body);
    }
  }
}
