package dev.fleetscope.cost.price;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A GET to a price catalog whose failures name the catalog and the URL: okhttp's and Jackson's own
 * messages (connection refused, unexpected character) say neither, and a refresh asks several
 * catalogs in turn.
 */
final class CatalogCall {
  private CatalogCall() {}

  static Response execute(OkHttpClient http, HttpUrl url, String catalog) throws IOException {
    return execute(http, url, url, catalog);
  }

  /**
   * @param shown the URL as it may be printed (without a secret query parameter)
   */
  static Response execute(OkHttpClient http, HttpUrl url, HttpUrl shown, String catalog)
      throws IOException {
    try {
      return http.newCall(new Request.Builder().url(url).get().build()).execute();
    } catch (IOException e) {
      throw new IOException(catalog + " " + shown + " could not be reached: " + e.getMessage(), e);
    }
  }

  static JsonNode json(ObjectMapper json, String body, HttpUrl shown, String catalog)
      throws IOException {
    try {
      return json.readTree(body);
    } catch (JacksonException e) {
      throw new IOException(
          catalog + " " + shown + " answered something that is not JSON: " + e.getOriginalMessage(),
          e);
    }
  }
}
