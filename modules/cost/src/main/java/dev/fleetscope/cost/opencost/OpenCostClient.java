package dev.fleetscope.cost.opencost;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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
      JsonNode root = parse(target, body);
      if (!response.isSuccessful() || root.path("code").asInt(200) != 200) {
        throw new IOException(
            "OpenCost "
                + target
                + " answered "
                + response.code()
                + ": "
                + root.path("message").asText(body.isBlank() ? response.message() : body.strip()));
      }
      return sets(target, root);
    }
  }

  private List<AllocationSet> sets(HttpUrl target, JsonNode root) throws IOException {
    List<AllocationSet> sets = new ArrayList<>();
    for (JsonNode set : root.path("data")) {
      List<Allocation> allocations = new ArrayList<>();
      try {
        set.properties()
            .forEach(entry -> allocations.add(allocation(entry.getKey(), entry.getValue())));
      } catch (DateTimeParseException e) {
        throw new IOException(
            "OpenCost "
                + target
                + " answered an allocation without a start and end time: "
                + e.getMessage(),
            e);
      }
      sets.add(new AllocationSet(currency, allocations));
    }
    return sets;
  }

  /** okhttp's own failures (connection refused, timeout) do not say which server; this one does. */
  private Response execute(HttpUrl target) throws IOException {
    try {
      return http.newCall(new Request.Builder().url(target).get().build()).execute();
    } catch (IOException e) {
      throw new IOException("OpenCost " + target + " could not be reached: " + e.getMessage(), e);
    }
  }

  private static JsonNode parse(HttpUrl target, String body) throws IOException {
    try {
      return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      throw new IOException(
          "OpenCost " + target + " answered something that is not JSON: " + e.getMessage(), e);
    }
  }

  private static Allocation allocation(String name, JsonNode a) {
    return new Allocation(
        name,
        properties(a.path("properties")),
        Instant.parse(a.path("start").asText()),
        Instant.parse(a.path("end").asText()),
        new Allocation.Resources(
            a.path("cpuCoreRequestAverage").asDouble(),
            a.path("cpuCoreUsageAverage").asDouble(),
            a.path("ramByteRequestAverage").asDouble(),
            a.path("ramByteUsageAverage").asDouble(),
            a.path("gpuCount").asDouble()),
        adjusted(a, "cpu"),
        adjusted(a, "ram"),
        adjusted(a, "gpu"),
        adjusted(a, "pv"),
        adjusted(a, "network"),
        adjusted(a, "loadBalancer"),
        money(a, "sharedCost"),
        money(a, "externalCost"),
        money(a, "totalCost"),
        a.path("totalEfficiency").asDouble());
  }

  /**
   * A cost part plus OpenCost's adjustment of it (reconciliation with the bill), as totalCost
   * counts them.
   */
  private static BigDecimal adjusted(JsonNode a, String part) {
    return money(a, part + "Cost").add(money(a, part + "CostAdjustment"));
  }

  private static BigDecimal money(JsonNode a, String field) {
    JsonNode value = a.path(field);
    return value.isNumber() ? value.decimalValue() : BigDecimal.ZERO;
  }

  private static AllocationProperties properties(JsonNode p) {
    Map<String, String> labels = new HashMap<>();
    p.path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    return new AllocationProperties(
        text(p, "cluster"),
        text(p, "node"),
        text(p, "namespace"),
        text(p, "controllerKind"),
        text(p, "controller"),
        text(p, "pod"),
        text(p, "container"),
        text(p, "providerID"),
        labels);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isEmpty()
        ? Optional.empty()
        : Optional.of(value.asText());
  }
}
