package dev.fleetscope.cost.opencost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.cost.http.CostHttp;
import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * OpenCost's allocation API ({@code GET /allocation/compute}): cost per namespace, workload or
 * container, with CPU, RAM, GPU, persistent volume and network parts. Blocking; call it off the FX
 * thread. Every request keeps the client's {@link Deadlines}; {@link #close()} cancels it. An
 * answer of another shape than the API's is an error, never an empty result.
 */
public final class OpenCostClient implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CostHttp http;
  private final HttpUrl baseUrl;
  private final Currency currency;

  /**
   * @param baseUrl where OpenCost's API answers, e.g. {@code http://localhost:9003}
   *     (port-forwarded)
   * @param currency the currency the OpenCost install prices in (its {@code CURRENCY_CODE}; USD by
   *     default)
   * @param deadlines of each request ({@link Deadlines#DEFAULT} suits a person waiting)
   */
  public OpenCostClient(HttpUrl baseUrl, Currency currency, Deadlines deadlines) {
    this(new CostHttp("OpenCost", deadlines), baseUrl, currency);
  }

  private OpenCostClient(CostHttp http, HttpUrl baseUrl, Currency currency) {
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
    return http.get(
        target,
        target,
        response -> {
          String body = response.body().string();
          int status = response.code();
          if (!response.isSuccessful()) {
            throw http.status(target, status, serverMessage(body), body);
          }
          AllocationJson answer = new AllocationJson(target.toString(), status, body);
          JsonNode root = answer.parse();
          if (root.path("code").asInt(200) != 200) {
            throw http.status(target, root.path("code").asInt(), serverMessage(body), body);
          }
          return answer.sets(root, currency);
        });
  }

  /** Cancels the request in flight. */
  @Override
  public void close() {
    http.close();
  }

  private static Optional<String> serverMessage(String body) {
    try {
      JsonNode root = JSON.readTree(body);
      return root == null
          ? Optional.empty()
          : Optional.ofNullable(root.path("message").textValue()).filter(m -> !m.isBlank());
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }
}
