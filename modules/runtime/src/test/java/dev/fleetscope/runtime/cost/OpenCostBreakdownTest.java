package dev.fleetscope.runtime.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.cost.opencost.OpenCostAllocations;
import dev.fleetscope.cost.source.CostSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Breakdowns from OpenCost's allocation API, served by MockWebServer. */
class OpenCostBreakdownTest {
  private MockWebServer server;
  private CostSource.OpenCost source;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    source =
        new CostSource.OpenCost(
            "opencost-1",
            "lab OpenCost",
            URI.create(server.url("/").toString()),
            Currency.getInstance("EUR"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void asksForTheMonthSoFarAndShowsOpenCostsDocumentedExample() throws Exception {
    try (var in =
        getClass()
            .getResourceAsStream("/opencost/opencost-allocation-compute-example-response.json")) {
      server.enqueue(
          new MockResponse.Builder()
              .body(new String(in.readAllBytes(), StandardCharsets.UTF_8))
              .build());
    }
    Breakdown breakdown =
        OpenCostBreakdown.of(
            new OpenCostAllocations().monthToDate(source, "namespace"),
            CostDimension.NAMESPACE,
            source.displayName());

    RecordedRequest request = server.takeRequest();
    assertEquals("month", request.getUrl().queryParameter("window"));
    assertEquals("namespace", request.getUrl().queryParameter("aggregate"));
    // The example's totals: kube-system 0.425469, opencost 0.030644, prometheus 0.
    assertEquals(
        List.of("kube-system", "opencost", "prometheus"),
        breakdown.rows().stream().map(BreakdownRow::key).toList());
    assertEquals(0.425469, breakdown.rows().get(0).amount(), 1e-12);
    assertEquals(0.425469 / 0.456113, breakdown.rows().get(0).share(), 1e-12);
    assertEquals(
        "EUR",
        breakdown.currency().orElseThrow().getCurrencyCode(),
        "the source's configured currency");
    assertEquals("this month so far", breakdown.period());
  }

  @Test
  void sumsTheStepsAndKeepsIdleApartAndNamesUnlabelledWorkloads() throws Exception {
    // Two daily steps: vision 10 + 10, idle 4 + 1 (CPU 4, memory 1), unlabelled 2.
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"code\":200,\"data\":["
                    + "{"
                    + allocation("vision", 10, 6, 4)
                    + ","
                    + allocation("__idle__", 4, 3, 1)
                    + ","
                    + allocation("__unallocated__", 2, 2, 0)
                    + "},"
                    + "{"
                    + allocation("vision", 10, 6, 4)
                    + ","
                    + allocation("__idle__", 1, 1, 0)
                    + "}]}")
            .build());
    Breakdown byTeam =
        OpenCostBreakdown.of(
            new OpenCostAllocations()
                .monthToDate(source, OpenCostBreakdown.aggregate(CostDimension.TEAM)),
            CostDimension.TEAM,
            source.displayName());

    assertEquals("label:team", server.takeRequest().getUrl().queryParameter("aggregate"));
    assertEquals(
        List.of("vision", "(no team)", AllocationBreakdown.IDLE),
        byTeam.rows().stream().map(BreakdownRow::key).toList());
    assertEquals(
        List.of(20.0, 2.0, 5.0), byTeam.rows().stream().map(BreakdownRow::amount).toList());
    assertTrue(byTeam.rows().getLast().idle());
    // Idle's parts: CPU 3 + 1 = 4 and memory 1 of 5.
    assertEquals("CPU 80% · memory 20% · GPU 0%", byTeam.rows().getLast().detail());
  }

  @Test
  void anOpenCostThatFailsIsNotAskedAgainOnEverySnapshot() {
    server.enqueue(
        new MockResponse.Builder()
            .code(500)
            .body("{\"code\":500,\"message\":\"prometheus unreachable\"}")
            .build());
    OpenCostBreakdowns breakdowns = new OpenCostBreakdowns();
    Breakdown fromNodes = Breakdown.none(CostDimension.NAMESPACE, "node prices");
    for (int snapshot = 0; snapshot < 3; snapshot++) {
      Breakdown shown = breakdowns.of(CostDimension.NAMESPACE, source, fromNodes);
      assertTrue(
          shown.note().orElseThrow().contains("lab OpenCost failed"), shown.note().orElseThrow());
      assertTrue(
          shown.note().orElseThrow().contains("prometheus unreachable"),
          shown.note().orElseThrow());
    }
    assertEquals(1, server.getRequestCount(), "one call per " + OpenCostBreakdowns.FRESH);
  }

  private static String allocation(String name, double total, double cpu, double ram) {
    return "\""
        + name
        + "\":{\"name\":\""
        + name
        + "\",\"start\":\"2026-11-01T00:00:00Z\",\"end\":\"2026-11-02T00:00:00Z\","
        + "\"cpuCost\":"
        + cpu
        + ",\"ramCost\":"
        + ram
        + ",\"gpuCost\":0,\"totalCost\":"
        + total
        + "}";
  }
}
