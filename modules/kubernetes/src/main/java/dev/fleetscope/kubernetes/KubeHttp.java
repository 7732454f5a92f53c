package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.fleetscope.model.net.CallFailures;
import dev.fleetscope.model.net.Excerpt;
import dev.fleetscope.model.net.UnreadableAnswerException;
import java.io.IOException;
import okhttp3.Call;
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

  /**
   * Sends the request within the connection's deadlines. An error status without JSON keeps the
   * start of its body as the message; a success that is not JSON is an {@link
   * UnreadableAnswerException}, never an empty answer.
   */
  private Answer send(Request request) throws IOException {
    String target = request.method() + " " + request.url();
    Call call =
        connection
            .http()
            .newCall(request.newBuilder().header("Accept", "application/json").build());
    try (Response response = call.execute()) {
      String text = response.body().string();
      JsonNode body;
      try {
        body = text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
      } catch (JsonProcessingException notJson) {
        if (response.isSuccessful()) {
          var at = notJson.getLocation();
          throw UnreadableAnswerException.notJson(
              target,
              response.code(),
              notJson instanceof JsonEOFException,
              at == null ? 0 : at.getLineNr(),
              at == null ? 0 : at.getColumnNr(),
              Excerpt.of(text));
        }
        body = JSON.createObjectNode().put("message", Excerpt.of(text));
      }
      return new Answer(response.code(), body);
    } catch (UnreadableAnswerException | ReadOnlyInterceptor.ReadOnlyViolation e) {
      throw e;
    } catch (IOException e) {
      throw CallFailures.explain(e, target, connection.deadlines(), call.isCanceled());
    }
  }
}
