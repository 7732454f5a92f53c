package dev.fleetscope.cost.opencost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.cost.testing.Resources;
import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OpenCost's documented example response (its swagger.json), served from MockWebServer. */
class OpenCostClientTest {
  private static final Currency USD = Currency.getInstance("USD");
  private MockWebServer server;
  private OpenCostClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    client = new OpenCostClient(server.url("/"), USD, Deadlines.DEFAULT);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void sendsWindowAggregateAndStepAndReadsEveryNamespace() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .body(Resources.text("/opencost/opencost-allocation-compute-example-response.json"))
            .build());

    List<AllocationSet> sets =
        client.allocation(AllocationQuery.of("2d", "namespace").withStep("2d"));

    RecordedRequest request = server.takeRequest();
    assertEquals("/allocation/compute", request.getUrl().encodedPath());
    assertEquals("2d", request.getUrl().queryParameter("window"));
    assertEquals("namespace", request.getUrl().queryParameter("aggregate"));
    assertEquals("2d", request.getUrl().queryParameter("step"));
    assertEquals(1, sets.size());
    assertEquals(
        List.of("kube-system", "opencost", "prometheus"),
        sets.getFirst().allocations().stream().map(Allocation::name).toList());
  }

  @Test
  void readsCostPartsThatAddUpToTheTotal() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .body(Resources.text("/opencost/opencost-allocation-compute-example-response.json"))
            .build());

    Allocation kubeSystem =
        client
            .allocation(AllocationQuery.of("2d", "namespace"))
            .getFirst()
            .allocations()
            .getFirst();

    // kube-system: cpuCost 0.408822 + ramCost 0.016647 = totalCost 0.425469; everything else is
    // zero.
    assertEquals(new BigDecimal("0.408822"), kubeSystem.cpuCost());
    assertEquals(new BigDecimal("0.016647"), kubeSystem.ramCost());
    assertEquals(0, new BigDecimal("0.425469").compareTo(kubeSystem.totalCost()));
    assertEquals(
        0,
        kubeSystem
            .totalCost()
            .compareTo(
                kubeSystem
                    .cpuCost()
                    .add(kubeSystem.ramCost())
                    .add(kubeSystem.gpuCost())
                    .add(kubeSystem.pvCost())
                    .add(kubeSystem.networkCost())));
    assertEquals(0.449881, kubeSystem.resources().cpuCoreRequestAverage());
    assertEquals(0.009417, kubeSystem.resources().cpuCoreUsageAverage());
    assertEquals(Instant.parse("2023-01-18T11:38:45Z"), kubeSystem.start());
    assertEquals(Optional.of("cluster-one"), kubeSystem.properties().cluster());
  }

  @Test
  void readsWorkloadPropertiesDownToNodeAndProviderId() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .body(Resources.text("/opencost/opencost-allocation-compute-example-response.json"))
            .build());

    AllocationSet set = client.allocation(AllocationQuery.of("2d", "namespace")).getFirst();
    AllocationProperties opencost = set.allocations().get(1).properties();

    assertEquals(Optional.of("ip-192-168-20-42.ap-southeast-2.compute.internal"), opencost.node());
    assertEquals(Optional.of("deployment"), opencost.controllerKind());
    assertEquals(Optional.of("i-064548f89b9d35c11"), opencost.providerId());
    assertEquals(Optional.empty(), opencost.container());
    // 0.425469 + 0.030644 + 0.0
    assertEquals(0, new BigDecimal("0.456113").compareTo(set.totalCost()));
    assertEquals(USD, set.currency());
  }

  @Test
  void anAnswerOfTheWrongShapeIsAnErrorNotAnEmptyResult() {
    String noData = "{\"code\":200,\"status\":\"success\"}";
    String dataAsObject = "{\"code\":200,\"data\":{\"kube-system\":{}}}";
    String allocationWithoutWindow =
        "{\"code\":200,\"data\":[{\"kube-system\":{\"name\":\"kube-system\",\"totalCost\":1.5}}]}";
    for (String body : List.of(noData, dataAsObject, allocationWithoutWindow)) {
      server.enqueue(new MockResponse.Builder().body(body).build());
    }

    assertEquals(
        "OpenCost "
            + server.url("/allocation/compute?window=7d&aggregate=namespace")
            + " answered HTTP 200 but 'data' is missing; the answer begins: "
            + noData,
        assertThrows(
                IOException.class, () -> client.allocation(AllocationQuery.of("7d", "namespace")))
            .getMessage());
    assertTrue(
        assertThrows(
                IOException.class, () -> client.allocation(AllocationQuery.of("7d", "namespace")))
            .getMessage()
            .contains(" answered HTTP 200 but 'data' is an object, not an array; "));
    assertTrue(
        assertThrows(
                IOException.class, () -> client.allocation(AllocationQuery.of("7d", "namespace")))
            .getMessage()
            .contains(
                " answered HTTP 200 but data[0].kube-system.start is not an RFC 3339 time: ''; "));
  }

  @Test
  void aFieldOfTheWrongTypeAndTextThatIsNotJsonAreNamedWithoutTheParsersWords() {
    String cpuCostAsText =
        "{\"code\":200,\"data\":[{\"ns\":{\"start\":\"2026-01-01T00:00:00Z\","
            + "\"end\":\"2026-01-02T00:00:00Z\",\"cpuCost\":\"1.5\",\"totalCost\":1.5}}]}";
    String truncated = "{\"code\":200,\"data\":[";
    for (String body : List.of(cpuCostAsText, truncated)) {
      server.enqueue(new MockResponse.Builder().body(body).build());
    }
    String url = server.url("/allocation/compute?window=7d&aggregate=namespace").toString();

    assertEquals(
        "OpenCost "
            + url
            + " answered HTTP 200 but data[0].ns.cpuCost is not a number but \"1.5\"; "
            + "the answer begins: "
            + cpuCostAsText,
        assertThrows(
                IOException.class, () -> client.allocation(AllocationQuery.of("7d", "namespace")))
            .getMessage());
    assertEquals(
        "OpenCost "
            + url
            + " answered something that is not JSON: it ends before it is complete "
            + "(HTTP 200, line 1, column 21); the answer begins: "
            + truncated,
        assertThrows(
                IOException.class, () -> client.allocation(AllocationQuery.of("7d", "namespace")))
            .getMessage());
  }

  @Test
  void reportsOpenCostErrorMessage() {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .body(
                "{\"code\":400,\"status\":\"\",\"data\":null,\"message\":\"error parsing window (7x): invalid\"}")
            .build());

    IOException e =
        assertThrows(
            IOException.class, () -> client.allocation(AllocationQuery.of("7x", "namespace")));

    assertTrue(
        e.getMessage()
            .contains(
                "/allocation/compute?window=7x&aggregate=namespace answered 400: "
                    + "error parsing window (7x): invalid"),
        e.getMessage());
  }
}
