package dev.fleetscope.prometheus;

import static dev.fleetscope.prometheus.ServingSignal.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.ServedModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Answers a real server cannot be made to give: bad numbers, contradictions. */
class ModelFiguresTest {
  private static ModelFacts facts(ServerMetrics server) {
    return new ModelFacts(new ServedModel(server.kind(), "m", "c", "ns", Optional.empty()), server);
  }

  private static Row row(double value, String... labels) {
    Map<String, String> map = new java.util.HashMap<>();
    for (int i = 0; i < labels.length; i += 2) {
      map.put(labels[i], labels[i + 1]);
    }
    return new Row(map, value);
  }

  private static ModelServing serving(ModelFacts facts) {
    return new ModelFigures(facts).serving(Optional.empty(), OptionalDouble.empty(), List.of());
  }

  @Test
  void leavesOutASignalWithANaNAndSaysWhichMetricGaveIt() {
    ModelFacts facts = facts(ServerMetrics.vllm());
    facts.add(REQUESTS, row(2));
    facts.add(LATENCY, row(1, "le", "0.5"));
    facts.add(LATENCY, row(Double.NaN, "le", "+Inf"));
    ModelServing m = serving(facts);
    assertTrue(m.latency().isEmpty());
    assertTrue(
        m.problems()
            .contains(
                "no latency buckets: vllm:e2e_request_latency_seconds_bucket is NaN for this model"),
        m.problems().toString());
    assertEquals(OptionalDouble.of(2), m.requestsPerSecond());
  }

  @Test
  void givesNoErrorRatioWhenFailuresExceedRequests() {
    ModelFacts facts = facts(ServerMetrics.tgi());
    facts.add(REQUESTS, row(1));
    facts.add(FAILURES, row(3));
    ModelServing m = serving(facts);
    assertTrue(m.errorRatio().isEmpty());
    assertTrue(
        m.problems()
            .contains(
                "no error ratio: tgi_request_failure counts 3.00000 failures per second, more than the 1.00000 requests"),
        m.problems().toString());
  }

  @Test
  void givesNoErrorRatioWhenNothingFinished() {
    ModelFacts facts = facts(ServerMetrics.otel("model"));
    facts.add(REQUESTS, row(0));
    assertTrue(
        serving(facts).problems().contains("no error ratio: no request finished in the window"));
  }

  @Test
  void refusesAKvCacheUsageAboveOne() {
    ModelFacts facts = facts(ServerMetrics.vllm());
    facts.add(KV_CACHE, row(87.5));
    ModelServing m = serving(facts);
    assertTrue(m.kvCacheUsage().isEmpty());
    assertTrue(
        m.problems()
            .contains(
                "no KV-cache usage: vllm:kv_cache_usage_perc (or its older name vllm:gpu_cache_usage_perc) averages 87.50, not a fraction between 0 and 1"),
        m.problems().toString());
  }

  @Test
  void notesForcedMonotonicityAndBucketsWithoutANumber() {
    ModelFacts facts = facts(ServerMetrics.otel("model"));
    facts.add(LATENCY, row(10, "le", "0.1"));
    facts.add(LATENCY, row(8, "le", "0.2"));
    facts.add(LATENCY, row(20, "le", "+Inf"));
    facts.add(LATENCY, row(20, "le", "fast"));
    ModelServing m = serving(facts);
    assertEquals(0.1, m.latency().orElseThrow().p50());
    assertTrue(
        m.problems()
            .containsAll(
                List.of(
                    "a http_server_request_duration_seconds_bucket series has le=\"fast\", not a number: left out, as Prometheus does",
                    "http_server_request_duration_seconds_bucket counts decrease from one bucket to the next: raised as Prometheus does, so its percentiles are approximate")),
        m.problems().toString());
  }

  @Test
  void scalesTritonsMicrosecondsAndMillisecondsToSeconds() {
    ModelFacts facts = facts(ServerMetrics.triton());
    facts.add(SUCCESSES, row(4));
    facts.add(FAILURES, row(1));
    facts.add(LATENCY_SUM, row(4 * 25_000));
    facts.add(QUEUE_TIME_SUM, row(4 * 1_000));
    facts.add(INFERENCES, row(16));
    facts.add(QUEUE_LENGTH, row(0.5));
    facts.add(TIME_TO_FIRST_TOKEN, row(2, "le", "100"));
    facts.add(TIME_TO_FIRST_TOKEN, row(4, "le", "+Inf"));
    ModelServing m = serving(facts);
    assertEquals(OptionalDouble.of(5), m.requestsPerSecond());
    assertEquals(OptionalDouble.of(0.2), m.errorRatio());
    assertEquals(0.025, m.meanLatencySeconds().orElseThrow(), 1e-15);
    assertEquals(0.001, m.meanQueueSeconds().orElseThrow(), 1e-15);
    // Half of the first responses by 100 ms: the median is 100 ms.
    assertEquals(0.1, m.timeToFirstToken().orElseThrow().p50(), 1e-15);
    assertEquals(
        List.of(
            "no latency percentiles: Triton counts cumulative request durations only, so the mean latency is shown instead"),
        m.problems());
  }

  @Test
  void saysWhichNameToLookForWhenARequiredSignalIsMissing() {
    ModelFacts facts = facts(ServerMetrics.tgi());
    facts.add(QUEUE_LENGTH, row(0));
    List<String> problems = serving(facts).problems();
    assertTrue(
        problems.contains(
            "no request rate: tgi_request_count has no series for this model in the window"),
        problems.toString());
    assertTrue(
        problems.contains(
            "no prompt token rate: tgi_request_input_length_sum has no series for this model in the window"),
        problems.toString());
  }
}
