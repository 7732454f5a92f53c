package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.Percentiles;
import dev.fleetscope.model.serving.ServerKind;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.DemoServing;
import dev.fleetscope.simulator.Simulator;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * {@code fleetscope serving} on the demo fleet (against the simulator's own figures, field by
 * field), on a Prometheus that serves no model and one that fails (MockWebServer answering as
 * Prometheus's HTTP API does), and on bad options.
 */
class ServingCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant END = Instant.parse("2026-11-23T09:00:00Z");
  private static final String EMPTY_VECTOR =
      "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}";

  private static CliTestSupport.Result serving(String... args) {
    return CliTestSupport.run(
        new ServingCommand(CliTestSupport.HOST.withClock(Clock.fixed(END, ZoneOffset.UTC))), args);
  }

  @Test
  void theDemoFleetInJsonIsTheSimulatorsFiguresFieldByField() throws Exception {
    CliTestSupport.Result result = serving("--demo", "--format", "json");
    assertEquals(0, result.exitCode(), result.err());
    Simulator simulator = new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(END, ZoneOffset.UTC));
    simulator.buildHistory();
    Map<String, UnitPrices> prices =
        simulator.snapshot(DemoFleetSource.ID).clusters().stream()
            .collect(Collectors.toMap(Cluster::name, UnitPrices::of));
    ServingSnapshot expected =
        new DemoServing(simulator)
            .snapshot(END, Duration.ofHours(1), c -> Optional.ofNullable(prices.get(c)));

    JsonNode models = JSON.readTree(result.out()).get("models");
    assertEquals(expected.models().size(), models.size());
    for (int i = 0; i < models.size(); i++) {
      ModelServing m = expected.models().get(i);
      JsonNode node = models.get(i);
      String what = m.model().toString();
      assertEquals(
          List.of(
              "model",
              "server",
              "cluster",
              "namespace",
              "workload",
              "requests_per_second",
              "error_ratio",
              "latency_seconds",
              "time_to_first_token_seconds",
              "tokens_per_second",
              "cost_per_hour",
              "cost_per_1k_requests",
              "cost_per_1m_generated_tokens"),
          fields(node),
          what);
      assertEquals(m.model().name(), node.get("model").asText(), what);
      assertEquals(m.model().server().id(), node.get("server").asText(), what);
      assertEquals(m.model().cluster(), node.get("cluster").asText(), what);
      assertEquals(m.model().namespace(), node.get("namespace").asText(), what);
      assertEquals(m.model().workload().orElseThrow().name(), node.get("workload").asText(), what);
      same(m.requestsPerSecond(), node.get("requests_per_second"), what);
      same(m.errorRatio(), node.get("error_ratio"), what);
      percentiles(m.latency(), node.get("latency_seconds"), what);
      percentiles(m.timeToFirstToken(), node.get("time_to_first_token_seconds"), what);
      JsonNode tokens = node.get("tokens_per_second");
      assertEquals(m.tokensPerSecond().isEmpty(), tokens.isNull(), what);
      m.tokensPerSecond()
          .ifPresent(
              t -> {
                assertEquals(t.promptPerSecond(), tokens.get("prompt").asDouble(), what);
                assertEquals(t.generationPerSecond(), tokens.get("generation").asDouble(), what);
              });
      var cost = m.cost().orElseThrow();
      assertEquals(cost.perHour(), node.get("cost_per_hour").asDouble(), what);
      same(cost.per1kRequests(), node.get("cost_per_1k_requests"), what);
      same(cost.perMillionGeneratedTokens(), node.get("cost_per_1m_generated_tokens"), what);
    }
  }

  @Test
  void aModelsMissingFiguresAreSaidOnStandardErrorModelByModel() {
    CliTestSupport.Result result = serving("--demo", "--format", "csv", "--window", "30m");
    assertEquals(0, result.exitCode(), result.err());
    List<String> lines = result.out().lines().toList();
    assertEquals(
        "model,server,cluster,namespace,workload,requests_per_second,error_ratio,latency_mean_seconds,"
            + "latency_p50_seconds,"
            + "latency_p95_seconds,latency_p99_seconds,ttft_p50_seconds,ttft_p95_seconds,ttft_p99_seconds,"
            + "prompt_tokens_per_second,generated_tokens_per_second,cost_per_hour,cost_per_1k_requests,"
            + "cost_per_1m_generated_tokens,currency",
        lines.getFirst());
    String triton = lines.stream().filter(l -> l.contains(",triton,")).findFirst().orElseThrow();
    assertTrue(
        triton.matches("[^,]*,triton,([^,]+,){6},{8}[^,]+,.*"),
        "a mean, then no percentiles, no TTFT, no tokens: empty cells " + triton);
    List<String> warnings = result.err().lines().filter(l -> l.startsWith("warning: ")).toList();
    long tritons = lines.stream().filter(l -> l.contains(",triton,")).count();
    long tgis = lines.stream().filter(l -> l.contains(",tgi,")).count();
    assertEquals(tritons + tgis, warnings.size(), result.err());
    assertTrue(
        warnings.stream()
            .anyMatch(
                w ->
                    w.startsWith("warning: " + ServerKind.TRITON.id() + " ")
                        && w.endsWith(ServerKind.TRITON.gaps().getFirst())),
        result.err());
  }

  @Test
  void aPrometheusWhereNothingServedIsAnErrorNotAnEmptyReport() throws Exception {
    try (MockWebServer prometheus = prometheus(200, EMPTY_VECTOR)) {
      CliTestSupport.Result result =
          serving("--prometheus", prometheus.url("/").toString(), "--format", "json");
      assertEquals(ExitCode.NOTHING_TO_WORK_ON, result.exitCode(), result.err());
      assertEquals("", result.out());
      assertTrue(
          result
              .err()
              .contains(
                  "note: No model server metrics in the 60 minutes before 2026-11-23T09:00:00Z"),
          result.err());
      assertTrue(
          result
              .err()
              .contains(
                  "fleetscope serving: no model served in the 60 minutes before"
                      + " 2026-11-23T09:00:00Z at http://"),
          result.err());
      assertEquals(1, prometheus.getRequestCount(), "one discovery query, nothing more");
    }
  }

  @Test
  void aPrometheusThatFailsIsNamedWithItsQuery() throws Exception {
    try (MockWebServer prometheus =
        prometheus(
            422,
            "{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"query processing would load too many samples\"}")) {
      CliTestSupport.Result result = serving("--prometheus", prometheus.url("/").toString());
      assertEquals(ExitCode.SOURCE_FAILED, result.exitCode(), result.err());
      assertEquals("", result.out());
      assertTrue(result.err().startsWith("fleetscope serving: "), result.err());
      assertEquals(1, result.err().lines().count(), "one line: " + result.err());
      assertTrue(result.err().contains("model servers"), result.err());
      assertTrue(result.err().contains("too many samples"), result.err());
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(2, serving("--demo", "--window", "90s").exitCode());
    assertEquals(2, serving("--demo", "--format", "xml").exitCode());
    assertEquals(2, serving("--demo", "--currency", "dollars").exitCode());
    assertEquals(2, serving("--demo", "--prometheus", "http://localhost:9090").exitCode());
    assertEquals(2, serving("--demo", "--cluster-label", "cluster").exitCode());
    assertEquals(2, serving().exitCode());
    CliTestSupport.Result window = serving("--demo", "--window", "90s");
    assertTrue(window.err().contains("a serving window is whole minutes"), window.err());
  }

  private static MockWebServer prometheus(int status, String body) throws Exception {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
          }
        });
    server.start(InetAddress.getLoopbackAddress(), 0);
    return server;
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void same(OptionalDouble expected, JsonNode actual, String what) {
    assertEquals(expected.isEmpty(), actual.isNull(), what + ": " + expected + " vs " + actual);
    if (expected.isPresent()) {
      assertEquals(expected.getAsDouble(), actual.asDouble(), what);
    }
  }

  private static void percentiles(Optional<Percentiles> expected, JsonNode actual, String what) {
    assertEquals(expected.isEmpty(), actual.isNull(), what);
    expected.ifPresent(
        p -> {
          assertEquals(p.p50(), actual.get("p50").asDouble(), what);
          assertEquals(p.p95(), actual.get("p95").asDouble(), what);
          assertEquals(p.p99(), actual.get("p99").asDouble(), what);
        });
  }
}
