package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.Percentiles;
import dev.fleetscope.model.serving.ServerKind;
import dev.fleetscope.model.serving.ServingSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every field of every model read from the Debian Prometheus, backfilled with {@link
 * ServingScenario}'s series, against the values worked out from those series in the scenario, and
 * latency percentiles against Prometheus's own {@code histogram_quantile} over the same pods.
 */
class ServingReaderIT {
  private static final UnitPrices PRICES = new UnitPrices(0.04, 0.005, 2.5, HourlyPrice.USD);
  private static final double GIB = 1L << 30;
  private static final double RELATIVE = 1e-9;

  static ServingScenario scenario;
  static PrometheusServer server;
  static PrometheusClient client;
  static ServingSnapshot snapshot;
  static long queries;

  @BeforeAll
  static void readTheHour(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    PrometheusServer.assumeInstalled();
    Instant end = Instant.ofEpochSecond(Instant.now().getEpochSecond() / 3600 * 3600 - 3600);
    scenario = new ServingScenario(end);
    Path file = dir.resolve("serving.om");
    scenario.fixture.file.write(file);
    server = PrometheusServer.start(PrometheusServer.backfill(file, dir), null);
    client =
        new PrometheusClient(
            ConnectionSettings.forUrl(server.url())
                .withLabels(LabelNames.STANDARD.withClusterLabel("cluster")));
    long before = client.requestsSent();
    snapshot =
        new ServingReader(client)
            .read(
                end,
                ServingFixture.WINDOW,
                cluster -> cluster.equals("c1") ? Optional.of(PRICES) : Optional.empty());
    queries = client.requestsSent() - before;
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
      server.close();
    }
  }

  @Test
  void findsEveryModelOfEveryKindAndNothingElse() {
    assertEquals(
        List.of(
            "c1/llm/?/ghost",
            "c1/llm/chat-vllm/meta-llama/Llama-3.1-8B-Instruct",
            "c1/llm/mistral-tgi/mistral-tgi",
            "c1/llm/tiny-vllm/tiny",
            "c1/shop/ranker-api/ranker",
            "c1/shop/scorer-api/legacy-scorer",
            "c1/vision/detector-triton/ocr",
            "c1/vision/detector-triton/yolo"),
        snapshot.models().stream().map(m -> m.model().id()).toList());
    assertEquals(ServerKind.TGI, model("mistral-tgi").model().server());
    assertEquals(ServerKind.OTEL, model("ranker").model().server());
    assertEquals(ServerKind.TRITON, model("ocr").model().server());
  }

  @Test
  void sendsOneQueryPerSignalOfEachKindFoundPlusDiscoveryAndCosts() {
    // discovery, vLLM 10, Triton 7, TGI 8, OpenTelemetry 4, requests held, GPU busy share.
    assertEquals(1 + 10 + 7 + 8 + 4 + 2, queries);
  }

  @Test
  void readsVllmAcrossCurrentAndOlderMetricNamesWithoutCountingAPodTwice() throws Exception {
    ModelServing chat = model("meta-llama/Llama-3.1-8B-Instruct");
    ServingScenario.Expected e = scenario.expected("meta-llama/Llama-3.1-8B-Instruct");
    assertClose(e.requests, chat.requestsPerSecond(), "requests/s");
    assertClose(e.failures / e.requests, chat.errorRatio(), "error ratio");
    String pods = "pod=~\"chat-vllm-.*\"";
    assertPercentiles(
        oracle("vllm:e2e_request_latency_seconds_bucket{" + pods + "}"), chat.latency());
    assertClose(e.latencySum / e.latencyCount, chat.meanLatencySeconds(), "mean latency");
    assertPercentiles(
        oracle("vllm:time_to_first_token_seconds_bucket{" + pods + "}"), chat.timeToFirstToken());
    // Pod a exports the current name, b the older one, c both with the same counts.
    assertPercentiles(
        oracle(
            "vllm:inter_token_latency_seconds_bucket{pod=~\"chat-vllm-.*-(aaaaa|ccccc)\"}",
            "vllm:time_per_output_token_seconds_bucket{pod=\"chat-vllm-5d9c7f8b6d-bbbbb\"}"),
        chat.timePerOutputToken());
    assertClose(
        e.prompt, chat.tokensPerSecond().orElseThrow().promptPerSecond(), "prompt tokens/s");
    assertClose(
        e.generation,
        chat.tokensPerSecond().orElseThrow().generationPerSecond(),
        "generated tokens/s");
    assertClose(e.queuePointSum / 60, chat.queueLength(), "queue length");
    assertClose(e.kvSum / e.kvPoints, chat.kvCacheUsage(), "KV-cache usage");
    assertClose(e.gpuSum / e.gpuSamples, chat.gpuBusyShare(), "GPU busy share");
    assertEquals(List.of(), chat.problems());
    assertTrue(chat.inferencesPerSecond().isEmpty() && chat.meanQueueSeconds().isEmpty());
    // Pods a and b held 4 cores, 16 GiB and a GPU all hour; c for its last 31 minutes.
    double share = 2 + 31 / 60.0;
    assertCost(
        chat, 4 * share, 16 * GIB * share, share, 1, e.requests, OptionalDouble.of(e.generation));
  }

  @Test
  void saysWhatAVllmModelWithoutOptionalMetricsLacks() {
    ModelServing tiny = model("tiny");
    ServingScenario.Expected e = scenario.expected("tiny");
    assertClose(e.requests, tiny.requestsPerSecond(), "requests/s");
    assertEquals(OptionalDouble.of(0), tiny.errorRatio(), "no abort or error series: no failure");
    // 3 of every 5 requests up to 0.5 s, the rest up to 1 s: p50 = 0.5 * 2.5/3.
    assertEquals(0.5 * 2.5 / 3, tiny.latency().orElseThrow().p50(), 1e-12);
    assertTrue(
        tiny.timeToFirstToken().isEmpty()
            && tiny.kvCacheUsage().isEmpty()
            && tiny.cost().isEmpty());
    assertEquals(
        List.of(
            "no time-to-first-token percentiles: vllm:time_to_first_token_seconds_bucket has no series for this model in the window",
            "no time-per-output-token percentiles: vllm:inter_token_latency_seconds_bucket (or its older name vllm:time_per_output_token_seconds_bucket) has no series for this model in the window",
            "no KV-cache usage: vllm:kv_cache_usage_perc (or its older name vllm:gpu_cache_usage_perc) has no series for this model in the window",
            "no cost: kube_pod_container_resource_requests has no series for the pods of c1/llm/tiny-vllm in the window"),
        tiny.problems());
  }

  @Test
  void keepsAModelWhosePodsKubeStateMetricsDoesNotKnowWithoutWorkloadOrCost() {
    ModelServing ghost = model("ghost");
    assertTrue(ghost.model().workload().isEmpty());
    assertClose(scenario.expected("ghost").requests, ghost.requestsPerSecond(), "requests/s");
    assertTrue(ghost.cost().isEmpty());
    assertTrue(
        ghost
            .problems()
            .contains(
                "its pods have no owner in kube-state-metrics' kube_pod_owner during the window: its workload, cost and GPU use are unknown"),
        ghost.problems().toString());
  }

  @Test
  void readsTgiNamedAfterItsWorkload() {
    ModelServing tgi = model("mistral-tgi");
    ServingScenario.Expected e = scenario.expected("mistral-tgi");
    assertClose(e.requests, tgi.requestsPerSecond(), "requests/s");
    assertClose(e.failures / e.requests, tgi.errorRatio(), "error ratio");
    // Every minute 1 of 10 up to 0.1 s, 5 more to 0.5, 3 to 1, 1 to 2.5: worked out by hand.
    Percentiles latency = tgi.latency().orElseThrow();
    assertEquals(0.1 + 0.4 * 4 / 5, latency.p50(), 1e-12);
    assertEquals(1 + 1.5 * 0.5, latency.p95(), 1e-12);
    assertEquals(1 + 1.5 * 0.9, latency.p99(), 1e-12);
    assertClose(e.latencySum / e.latencyCount, tgi.meanLatencySeconds(), "mean latency");
    // 1 of 10 tokens up to 10 ms, 7 more to 50 ms: p50 = 0.01 + 0.04 * 4/7.
    assertEquals(0.01 + 0.04 * 4 / 7, tgi.timePerOutputToken().orElseThrow().p50(), 1e-12);
    assertClose(e.prompt, tgi.tokensPerSecond().orElseThrow().promptPerSecond(), "prompt tokens/s");
    assertClose(
        e.generation,
        tgi.tokensPerSecond().orElseThrow().generationPerSecond(),
        "generated tokens/s");
    assertClose(e.queuePointSum / 60, tgi.queueLength(), "queue length");
    assertClose(e.gpuSum / e.gpuSamples, tgi.gpuBusyShare(), "GPU busy share");
    assertTrue(tgi.timeToFirstToken().isEmpty() && tgi.kvCacheUsage().isEmpty());
    assertEquals(List.of("no time to first token: TGI does not export it"), tgi.problems());
    assertCost(tgi, 8, 32 * GIB, 1, 1, e.requests, OptionalDouble.of(e.generation));
  }

  @Test
  void readsTritonMeansAndSplitsTheSharedPodsCostByRequests() throws Exception {
    ModelServing yolo = model("yolo");
    ModelServing ocr = model("ocr");
    double total = scenario.expected("yolo").requests + scenario.expected("ocr").requests;
    for (ModelServing m : List.of(yolo, ocr)) {
      ServingScenario.Expected e = scenario.expected(m.model().name());
      assertClose(e.requests, m.requestsPerSecond(), m.model().name() + " requests/s");
      assertClose(e.failures / e.requests, m.errorRatio(), "error ratio");
      assertClose(e.inferences, m.inferencesPerSecond(), "inferences/s");
      assertClose(e.latencySum / e.successes * 1e-6, m.meanLatencySeconds(), "mean latency");
      assertClose(e.queueTimeSum / e.successes * 1e-6, m.meanQueueSeconds(), "mean queue time");
      assertClose(e.queuePointSum / 60, m.queueLength(), "pending requests");
      assertClose(e.gpuSum / e.gpuSamples, m.gpuBusyShare(), "MIG engine activity");
      assertTrue(m.latency().isEmpty());
      // Two pods, each 2 cores, 8 GiB and a 3g.40gb MIG slice (3/7 of a GPU).
      assertCost(m, 4, 16 * GIB, 6 / 7.0, e.requests / total, e.requests, OptionalDouble.empty());
    }
    assertEquals(
        List.of(
            "no latency percentiles: Triton counts cumulative request durations only, so the mean latency is shown instead"),
        yolo.problems());
    assertTrue(yolo.timeToFirstToken().isEmpty(), "yolo has no first-response histogram");
    Percentiles ttft = ocr.timeToFirstToken().orElseThrow();
    Percentiles expected =
        oracle("nv_inference_first_response_histogram_ms_bucket{model=\"ocr\"}").times(1e-3);
    assertEquals(expected, ttft);
  }

  @Test
  void readsOpenTelemetryModelsByTheirLabelAndSaysWhenAHistogramIsBroken() throws Exception {
    ModelServing ranker = model("ranker");
    ServingScenario.Expected e = scenario.expected("ranker");
    assertClose(e.requests, ranker.requestsPerSecond(), "requests/s");
    assertClose(e.failures / e.requests, ranker.errorRatio(), "5xx ratio");
    assertPercentiles(
        oracle("http_server_request_duration_seconds_bucket{model=\"ranker\"}"), ranker.latency());
    assertClose(e.latencySum / e.latencyCount, ranker.meanLatencySeconds(), "mean latency");
    assertEquals(List.of(), ranker.problems());
    assertTrue(ranker.gpuBusyShare().isEmpty() && ranker.tokensPerSecond().isEmpty());
    assertCost(ranker, 2, 4 * GIB, 0, 1, e.requests, OptionalDouble.empty());

    ModelServing scorer = model("legacy-scorer");
    assertClose(
        scenario.expected("legacy-scorer").requests, scorer.requestsPerSecond(), "requests/s");
    assertTrue(scorer.latency().isEmpty());
    assertEquals(
        List.of(
            "no latency percentiles: http_server_request_duration_seconds_bucket its buckets have no le=\"+Inf\" bucket"),
        scorer.problems());
  }

  @Test
  void saysWhereItLookedWhenAWindowHasNoServers() throws Exception {
    long before = client.requestsSent();
    ServingSnapshot empty =
        new ServingReader(client)
            .read(
                scenario.fixture.end.minus(Duration.ofDays(2)),
                Duration.ofHours(1),
                c -> Optional.of(PRICES));
    assertEquals(List.of(), empty.models());
    assertEquals(1, client.requestsSent() - before, "only the discovery query");
    assertTrue(
        empty.notes().getLast().startsWith("No model server metrics in the 60 minutes before"),
        empty.notes().toString());
    assertTrue(empty.notes().getLast().contains("vllm:request_success_total (vLLM)"));
  }

  private static ModelServing model(String name) {
    return snapshot.models().stream()
        .filter(m -> m.model().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no model " + name + " in " + snapshot.models()));
  }

  /**
   * Prometheus's own percentiles of these bucket selectors over the same hour: {@code
   * histogram_quantile(q, sum by (le) (rate(a[3601s])) + sum by (le) (rate(b[3601s])))}.
   */
  private static Percentiles oracle(String... selectors) throws PrometheusException {
    double[] values = new double[3];
    double[] quantiles = Percentiles.QUANTILES;
    for (int i = 0; i < 3; i++) {
      StringBuilder sum = new StringBuilder();
      for (String selector : selectors) {
        sum.append(sum.isEmpty() ? "" : " + ")
            .append("sum by (le) (rate(")
            .append(selector)
            .append("[3601s]))");
      }
      Row.Collector rows = new Row.Collector();
      client.query(
          new PromQuery("oracle", "histogram_quantile(" + quantiles[i] + ", " + sum + ")"),
          scenario.fixture.end,
          rows);
      values[i] = rows.rows.getFirst().value();
    }
    return new Percentiles(values[0], values[1], values[2]);
  }

  private static void assertPercentiles(Percentiles expected, Optional<Percentiles> actual) {
    Percentiles p = actual.orElseThrow(() -> new AssertionError("no percentiles"));
    assertEquals(expected.p50(), p.p50(), Math.abs(expected.p50()) * RELATIVE, "p50");
    assertEquals(expected.p95(), p.p95(), Math.abs(expected.p95()) * RELATIVE, "p95");
    assertEquals(expected.p99(), p.p99(), Math.abs(expected.p99()) * RELATIVE, "p99");
  }

  private static void assertClose(double expected, OptionalDouble actual, String what) {
    assertTrue(actual.isPresent(), what + " is missing");
    assertClose(expected, actual.getAsDouble(), what);
  }

  private static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, Math.abs(expected) * RELATIVE + 1e-15, what);
  }

  private void assertCost(
      ModelServing m,
      double cores,
      double bytes,
      double gpus,
      double share,
      double requestsPerSecond,
      OptionalDouble tokensPerSecond) {
    var cost = m.cost().orElseThrow(() -> new AssertionError("no cost: " + m.problems()));
    double perHour = (cores * 0.04 + bytes / GIB * 0.005 + gpus * 2.5) * share;
    assertClose(share, cost.share(), "share");
    assertClose(cores * share, cost.held().cores(), "cores held");
    assertClose(bytes * share, cost.held().memoryBytes(), "memory held");
    assertClose(gpus * share, cost.held().gpus(), "GPUs held");
    assertClose(perHour, cost.perHour(), "cost per hour");
    assertClose(perHour / (requestsPerSecond * 3.6), cost.per1kRequests(), "cost per 1k requests");
    if (tokensPerSecond.isPresent()) {
      assertClose(
          perHour / (tokensPerSecond.getAsDouble() * 3600) * 1e6,
          cost.perMillionGeneratedTokens(),
          "cost per million generated tokens");
    } else {
      assertTrue(cost.perMillionGeneratedTokens().isEmpty());
    }
  }
}
