package dev.fleetscope.pipelines.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.model.net.Excerpt;
import java.io.IOException;

/** Messages for HTTP failures, naming the source, the request and what to check. */
final class HttpFailure {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int DETAIL_LIMIT = 300;

  private HttpFailure() {}

  static String describe(String source, String what, int code, int attempts, String body) {
    String advice =
        switch (code) {
          case 401 -> " was refused with 401 Unauthorized: check the credentials";
          case 403 -> " was refused with 403 Forbidden: the credentials lack permission for it";
          case 404 -> " returned 404 Not Found: check the URL (and the namespace or API version)";
          case 429 ->
              " was still rate limited (429 Too Many Requests) after " + attempts + " attempts";
          case 503 ->
              " was still unavailable (503 Service Unavailable) after " + attempts + " attempts";
          default -> " failed with HTTP " + code;
        };
    return source + ": " + what + advice + detail(body);
  }

  /**
   * The server's own explanation: Airflow's {@code detail}/{@code title}, gRPC gateway's {@code
   * message}.
   */
  private static String detail(String body) {
    try {
      JsonNode json = MAPPER.readTree(body);
      for (String field : new String[] {"detail", "message", "error", "title"}) {
        JsonNode value = json == null ? null : json.get(field);
        if (value != null && !value.isNull() && !value.asText(value.toString()).isBlank()) {
          String text = value.isTextual() ? value.asText() : value.toString();
          return " (server says: "
              + (text.length() > DETAIL_LIMIT ? text.substring(0, DETAIL_LIMIT) + "…" : text)
              + ")";
        }
      }
    } catch (IOException notJson) {
      // An HTML error page or plain text: quoted below.
    }
    return " (the answer begins: " + Excerpt.of(body) + ")";
  }
}
