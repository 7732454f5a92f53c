package dev.fleetscope.cost.opencost;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Currency;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * OpenCost's allocation API ({@code GET /allocation/compute}): cost per namespace, workload or
 * container, with CPU, RAM, GPU, persistent volume and network parts. Blocking; call it off the FX
 * thread.
 */
public final class OpenCostClient {

  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final Currency currency;

  /**
   * @param baseUrl where OpenCost's API answers, e.g. {@code http://localhost:9003}
   *     (port-forwarded)
   * @param currency the currency the OpenCost install prices in (its {@code CURRENCY_CODE}; USD by
   *     default)
   */
  public OpenCostClient(OkHttpClient http, HttpUrl baseUrl, Currency currency) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.currency = currency;
  }

  /** One set per step of the window, oldest first. */
  public List<AllocationSet> allocation(AllocationQuery query) throws IOException {
    HttpUrl.Builder url =
        baseUrl
            .newBuilder()
            .addPathSegments("allocation/compute")
            .addQueryParameter("window", query.window())
            .addQueryParameter("aggregate", query.aggregate());
    query.step().ifPresent(step -> url.addQueryParameter("step", step));
    HttpUrl target = url.build();
    try (Response response = execute(target)) {
      String body = response.body().string();
      JsonNode root = AllocationJson.parse(target.toString(), body);
      if (!response.isSuccessful() || root.path("code").asInt(200) != 200) {
        throw new IOException(
            "OpenCost "
                + target
                + " answered "
                + response.code()
                + ": "
                + root.path("message").asText(body.isBlank() ? response.message() : body.strip()));
      }
      return AllocationJson.sets(target.toString(), root, currency);
    }
  }

  /** okhttp's own failures (connection refused, timeout) do not say which server; this one does. */
  private Response execute(HttpUrl target) throws IOException {
    try {
      return http.newCall(new Request.Builder().url(target).get().build()).execute();
    } catch (IOException e) {
      throw new IOException("OpenCost " + target + " could not be reached: " + e.getMessage(), e);
    }
  }
}
