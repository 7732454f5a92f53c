package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code fleetscope cost --opencost} against OpenCost's documented example, served from
 * MockWebServer.
 */
class CostOpenCostTest {
  private static final String EXAMPLE =
      "/opencost/opencost-allocation-compute-example-response.json";

  private MockWebServer server;
  private String url;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    url = server.url("/").toString();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void printsJsonWithEveryPartExactlyAndTheirTotal() throws Exception {
    serve(example());

    CliTestSupport.Result run = run("--opencost", url, "--window", "2d", "--format", "json");

    // The example: kube-system CPU 0.408822 + RAM 0.016647 = 0.425469; opencost 0.01817 + 0.012474
    // = 0.030644;
    // prometheus nothing. Totals: CPU 0.426992, RAM 0.029121, all 0.456113.
    assertEquals(0, run.exitCode(), run.err());
    String zeros =
        "\"gpu_cost\":0,\"pv_cost\":0,\"network_cost\":0,\"load_balancer_cost\":0,"
            + "\"shared_cost\":0,\"external_cost\":0,";
    assertEquals(
        "{\"source\":\"opencost\",\"url\":\""
            + url
            + "\",\"window\":\"2d\",\"aggregate\":\"namespace\","
            + "\"step\":null,\"currency\":\"USD\",\"from\":\"2023-01-18T11:38:45Z\",\"to\":\"2023-01-20T11:38:00Z\","
            + "\"groups\":["
            + "{\"key\":\"kube-system\",\"cpu_cost\":0.408822,\"ram_cost\":0.016647,"
            + zeros
            + "\"total_cost\":0.425469},"
            + "{\"key\":\"opencost\",\"cpu_cost\":0.01817,\"ram_cost\":0.012474,"
            + zeros
            + "\"total_cost\":0.030644},"
            + "{\"key\":\"prometheus\",\"cpu_cost\":0,\"ram_cost\":0,"
            + zeros
            + "\"total_cost\":0}],"
            + "\"total\":{\"cpu_cost\":0.426992,\"ram_cost\":0.029121,"
            + zeros
            + "\"total_cost\":0.456113}}"
            + System.lineSeparator(),
        run.out());
    RecordedRequest request = server.takeRequest();
    assertEquals("/allocation/compute", request.getUrl().encodedPath());
    assertEquals("2d", request.getUrl().queryParameter("window"));
    assertEquals("namespace", request.getUrl().queryParameter("aggregate"));
    assertEquals(null, request.getUrl().queryParameter("step"));
  }

  @Test
  void tableTotalIsTheSumOfTheCentsShownAboveIt() throws Exception {
    // Two daily steps: team a 0.503 + 0.503 CPU, team b 1.006 GPU, with EUR as the install's
    // currency.
    // Each row rounds to 1.01 (1.006); exactly they add up to 2.012, which would print 2.01 under
    // 1.01 + 1.01.
    serve(
        "{\"code\":200,\"data\":[{"
            + allocation("a", "cpuCost", "0.503")
            + ","
            + allocation("b", "gpuCost", "1.006")
            + "},{"
            + allocation("a", "cpuCost", "0.503")
            + "}]}");

    CliTestSupport.Result run =
        run(
            "--opencost",
            url,
            "--window",
            "2d",
            "--step",
            "1d",
            "--aggregate",
            "label:team",
            "--currency",
            "EUR");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        String.join(
            System.lineSeparator(),
            "OpenCost cost in EUR by label:team, 2026-03-01T00:00:00Z to 2026-03-02T00:00:00Z ("
                + url
                + ", window 2d, step 1d)",
            "LABEL:TEAM   CPU   RAM   GPU    PV  NETWORK  OTHER  TOTAL",
            "a           1.01  0.00  0.00  0.00     0.00   0.00   1.01",
            "b           0.00  0.00  1.01  0.00     0.00   0.00   1.01",
            "TOTAL       1.01  0.00  1.01  0.00     0.00   0.00   2.02",
            ""),
        run.out());
    RecordedRequest request = server.takeRequest();
    assertEquals("1d", request.getUrl().queryParameter("step"));
    assertEquals("label:team", request.getUrl().queryParameter("aggregate"));
  }

  @Test
  void printsCsvWithTheCurrencyAndExactAmounts() throws Exception {
    serve(example());

    CliTestSupport.Result run =
        run("--opencost", url, "--format", "csv", "--aggregate", "namespace");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        String.join(
            System.lineSeparator(),
            "key,currency,cpu_cost,ram_cost,gpu_cost,pv_cost,network_cost,load_balancer_cost,shared_cost,external_cost,total_cost",
            "kube-system,USD,0.408822,0.016647,0,0,0,0,0,0,0.425469",
            "opencost,USD,0.01817,0.012474,0,0,0,0,0,0,0.030644",
            "prometheus,USD,0,0,0,0,0,0,0,0,0",
            ""),
        run.out());
  }

  @Test
  void refusedConnectionNamesTheUrlAndPrintsNoReport() {
    server.close();

    CliTestSupport.Result run = run("--opencost", url, "--format", "json");

    assertFailed(run, "could not be reached");
  }

  @Test
  void serverErrorNamesTheUrlAndOpenCostsMessage() {
    server.enqueue(
        new MockResponse.Builder()
            .code(500)
            .body("{\"code\":500,\"message\":\"prometheus unreachable\"}")
            .build());

    CliTestSupport.Result run = run("--opencost", url);

    assertFailed(run, "answered 500: prometheus unreachable");
  }

  @Test
  void malformedJsonNamesTheUrl() {
    serve("{\"code\":200,\"data\":[{\"kube-system\":{");

    CliTestSupport.Result run = run("--opencost", url);

    assertFailed(run, "answered something that is not JSON");
  }

  @Test
  void focusAndOpenCostTogetherIsABadOption() {
    CliTestSupport.Result run = run("--focus", "bill.csv", "--opencost", url);

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("mutually exclusive"), run.err());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void openCostOptionsWithoutOpenCostAreABadOption() {
    CliTestSupport.Result run = run("--focus", "bill.csv", "--window", "7d");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--opencost"), run.err());
  }

  @Test
  void neitherSourceIsABadOption() {
    CliTestSupport.Result run = run("--format", "json");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Missing required argument"), run.err());
  }

  @Test
  void unknownAggregationIsABadOptionAndAsksNothing() {
    CliTestSupport.Result run = run("--opencost", url, "--aggregate", "namespace,teams");

    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().contains("--aggregate: 'namespace,teams' is not one of namespace"), run.err());
    assertEquals(0, server.getRequestCount());
  }

  private void assertFailed(CliTestSupport.Result run, String why) {
    assertEquals(ExitCode.SOURCE_FAILED, run.exitCode());
    assertEquals("", run.out());
    String asked = url + "allocation/compute?window=7d&aggregate=namespace";
    assertTrue(run.err().startsWith("fleetscope cost: OpenCost " + asked + " "), run.err());
    assertTrue(run.err().contains(why), run.err());
  }

  private void serve(String body) {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  private static String example() throws Exception {
    try (InputStream in = CostOpenCostTest.class.getResourceAsStream(EXAMPLE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** One team's day, 2026-03-01 for every step (the steps' own days do not matter to the sums). */
  private static String allocation(String name, String part, String amount) {
    return "\""
        + name
        + "\":{\"name\":\""
        + name
        + "\",\"properties\":{},\"start\":\"2026-03-01T00:00:00Z\","
        + "\"end\":\"2026-03-02T00:00:00Z\",\""
        + part
        + "\":"
        + amount
        + ",\"totalCost\":"
        + amount
        + "}";
  }

  private static CliTestSupport.Result run(String... args) {
    return CliTestSupport.run(new CostCommand(), args);
  }
}
