package dev.fleetscope.pipelines.trigger;

import dev.fleetscope.pipelines.http.JsonHttp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The exact request a trigger sends, for the preview and the dry run: the body byte for byte, the
 * headers with the credential masked ({@code Authorization: Bearer ••••}).
 */
public record PreparedTrigger(
    String method, HttpUrl url, Map<String, String> headers, String body) {
  public static final String MASK = "••••";

  public PreparedTrigger {
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** A JSON POST as {@link JsonHttp#postJson} sends it. */
  static PreparedTrigger post(HttpUrl url, String body, Optional<String> maskedAuthorization) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", JsonHttp.JSON);
    headers.put("Content-Type", JsonHttp.JSON);
    maskedAuthorization.ifPresent(a -> headers.put("Authorization", a));
    return new PreparedTrigger("POST", url, headers, body);
  }

  /** As an HTTP message: request line, headers, a blank line, the body. */
  public String describe() {
    StringBuilder text = new StringBuilder(method).append(' ').append(url).append('\n');
    headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
    return text.append('\n').append(body).toString();
  }
}
