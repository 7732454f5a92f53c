package dev.fleetscope.cost.opencost;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.fleetscope.cost.http.CostHttp;
import dev.fleetscope.model.net.Deadlines;
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

/**
 * OpenCost's allocation API ({@code GET /allocation/compute}): cost per namespace, workload or
 * container, with CPU, RAM, GPU, persistent volume and network parts. Blocking; call it off the FX
 * thread. Every request keeps the client's {@link Deadlines}; {@link #close()} cancels it. An
 * answer of another shape than the API's is an error, never an empty result.
 */
public final class OpenCostClient implements AutoCloseable {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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

  /** With the deadlines {@code http} keeps (the defaults for those it leaves unset). */
  public OpenCostClient(OkHttpClient http, HttpUrl baseUrl, Currency currency) {
    this(CostHttp.adopting("OpenCost", http), baseUrl, currency);
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
          JsonNode root = http.json(JSON, body, target, status);
          if (root.path("code").asInt(200) != 200) {
            throw http.status(target, root.path("code").asInt(), serverMessage(body), body);
          }
          Optional<String> problem = CostHttp.field(root, "data", JsonNodeType.ARRAY, true);
          if (problem.isPresent()) {
            throw http.unreadable(target, status, problem.get(), body);
          }
          return sets(target, status, root, body);
        });
  }

  /** Cancels the request in flight. */
  @Override
  public void close() {
    http.close();
  }

  private List<AllocationSet> sets(HttpUrl target, int status, JsonNode root, String body)
      throws IOException {
    List<AllocationSet> sets = new ArrayList<>();
    int step = 0;
    for (JsonNode set : root.path("data")) {
      if (!set.isObject() && !set.isNull()) {
        throw http.unreadable(
            target,
            status,
            "'data' holds " + set.getNodeType() + " where an allocation set was expected",
            body);
      }
      List<Allocation> allocations = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : set.properties()) {
        String where = "data[" + step + "]." + entry.getKey();
        Optional<String> problem = allocationProblem(entry.getValue(), where);
        if (problem.isPresent()) {
          throw http.unreadable(target, status, problem.get(), body);
        }
        allocations.add(allocation(entry.getKey(), entry.getValue()));
      }
      sets.add(new AllocationSet(currency, allocations));
      step++;
    }
    return sets;
  }

  /** An allocation needs its window as RFC 3339 times and its cost as a number. */
  private static Optional<String> allocationProblem(JsonNode a, String where) {
    if (!a.isObject()) {
      return Optional.of(where + " is " + a.getNodeType() + ", not an allocation object");
    }
    for (String time : List.of("start", "end")) {
      try {
        Instant.parse(a.path(time).asText());
      } catch (DateTimeParseException e) {
        return Optional.of(
            where + "." + time + " is not an RFC 3339 time: '" + a.path(time).asText() + "'");
      }
    }
    return a.path("totalCost").isNumber()
        ? Optional.empty()
        : Optional.of(where + ".totalCost is missing or not a number");
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
