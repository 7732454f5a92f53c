package dev.fleetscope.simulator;

import static dev.fleetscope.simulator.ServingFamily.Type.*;

import dev.fleetscope.simulator.ServingFamily.Histogram;
import dev.fleetscope.simulator.ServingFamily.Reading;
import dev.fleetscope.simulator.ServingFamily.Scalar;
import dev.fleetscope.simulator.ServingFamily.Series;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The metric families of each kind of demo server, named as vLLM, Triton, TGI and OpenTelemetry's
 * Prometheus exporter name them, with a {@code cluster} label as a federated Prometheus has.
 */
final class ServingFamilies {
  private ServingFamilies() {}

  static List<ServingFamily> of(DemoServer server) {
    return switch (server.kind()) {
      case VLLM -> vllm(server.olderNames());
      case TRITON -> triton();
      case TGI -> tgi();
      case OTEL -> otel();
    };
  }

  /** The labels of a replica's series: cluster, namespace, pod and the server's model label. */
  static Map<String, String> labels(DemoServer server, SimPod pod) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("cluster", server.cluster());
    labels.put("namespace", server.workload().ref().namespace());
    labels.put("pod", pod.name());
    switch (server.kind()) {
      case VLLM -> labels.put("model_name", server.model());
      case TRITON -> {
        labels.put("model", server.model());
        labels.put("version", "1");
      }
      case OTEL -> labels.put("model", server.model());
      case TGI -> {}
    }
    return labels;
  }

  private static List<ServingFamily> vllm(boolean older) {
    return List.of(
        new ServingFamily(
            "vllm:request_success",
            COUNTER,
            "Count of successfully processed requests.",
            r ->
                List.of(
                    scalar(
                        r,
                        r.totals().requests - r.totals().failures - r.totals().lengthCapped,
                        "finished_reason",
                        "stop"),
                    scalar(r, r.totals().lengthCapped, "finished_reason", "length"),
                    scalar(r, r.totals().failures, "finished_reason", "abort"))),
        histogram(
            "vllm:e2e_request_latency_seconds",
            "Histogram of end to end request latency in seconds.",
            ServingBuckets.VLLM_E2E,
            p -> p.latency,
            p -> p.latencySum),
        histogram(
            "vllm:time_to_first_token_seconds",
            "Histogram of time to first token in seconds.",
            ServingBuckets.VLLM_TTFT,
            p -> p.ttft,
            p -> p.ttftSum),
        histogram(
            older ? "vllm:time_per_output_token_seconds" : "vllm:inter_token_latency_seconds",
            "Histogram of time per output token in seconds.",
            ServingBuckets.VLLM_TPOT,
            p -> p.tpot,
            p -> p.tpotSum),
        counter(
            "vllm:prompt_tokens",
            COUNTER,
            "Number of prefill tokens processed.",
            p -> p.promptTokens),
        counter(
            "vllm:generation_tokens",
            COUNTER,
            "Number of generation tokens processed.",
            p -> p.generatedTokens),
        gauge(
            "vllm:num_requests_running",
            "Number of requests in model execution batches.",
            p -> p.running),
        gauge(
            "vllm:num_requests_waiting",
            "Number of requests waiting to be processed.",
            p -> p.waiting),
        gauge(
            older ? "vllm:gpu_cache_usage_perc" : "vllm:kv_cache_usage_perc",
            "KV-cache usage. 1 means 100 percent usage.",
            p -> p.kvCache));
  }

  private static List<ServingFamily> triton() {
    return List.of(
        counter(
            "nv_inference_request_success",
            BARE_COUNTER,
            "Number of successful inference requests, all batch sizes",
            p -> p.requests - p.failures),
        new ServingFamily(
            "nv_inference_request_failure",
            BARE_COUNTER,
            "Number of failed inference requests, all batch sizes",
            r -> List.of(scalar(r, r.totals().failures, "reason", "BACKEND"))),
        counter(
            "nv_inference_count",
            BARE_COUNTER,
            "Number of inferences performed (does not include cached requests)",
            p -> p.inferences),
        counter(
            "nv_inference_request_duration_us",
            BARE_COUNTER,
            "Cumulative inference request duration in microseconds (includes cached requests)",
            p -> p.durationMicros),
        counter(
            "nv_inference_queue_duration_us",
            BARE_COUNTER,
            "Cumulative inference queuing duration in microseconds (includes cached requests)",
            p -> p.queueMicros),
        gauge(
            "nv_inference_pending_request_count",
            "Instantaneous number of pending requests awaiting execution per-model.",
            p -> p.pending));
  }

  private static List<ServingFamily> tgi() {
    return List.of(
        counter("tgi_request_count", BARE_COUNTER, "Total number of requests", p -> p.requests),
        counter(
            "tgi_request_success",
            BARE_COUNTER,
            "Number of successful requests",
            p -> p.requests - p.failures),
        new ServingFamily(
            "tgi_request_failure",
            BARE_COUNTER,
            "Number of failed requests",
            r -> List.of(scalar(r, r.totals().failures, "err", "generation"))),
        histogram(
            "tgi_request_duration",
            "Total time spent processing the request (e2e latency)",
            ServingBuckets.TGI_DURATION,
            p -> p.latency,
            p -> p.latencySum),
        histogram(
            "tgi_request_mean_time_per_token_duration",
            "Mean time per token per request",
            ServingBuckets.TGI_TPOT,
            p -> p.tpot,
            p -> p.tpotSum),
        histogram(
            "tgi_request_input_length",
            "Input token length per request",
            ServingBuckets.TOKENS,
            p -> p.promptBuckets,
            p -> p.promptTokens),
        histogram(
            "tgi_request_generated_tokens",
            "Generated tokens per request",
            ServingBuckets.TOKENS,
            p -> p.generatedBuckets,
            p -> p.generatedTokens),
        gauge("tgi_queue_size", "Current queue size", p -> p.waiting),
        gauge("tgi_batch_current_size", "Current batch size", p -> p.running));
  }

  private static List<ServingFamily> otel() {
    double[] bounds = ServingBuckets.HTTP;
    return List.of(
        new ServingFamily(
            "http_server_request_duration_seconds",
            HISTOGRAM,
            "Duration of HTTP server requests.",
            r -> {
              Map<String, String> route =
                  with(r.labels(), "http_request_method", "POST", "http_route", "/v1/predict");
              return List.of(
                  new Histogram(
                      with(route, "http_response_status_code", "200"),
                      bounds,
                      part(r.totals().latency, bounds),
                      r.totals().latencySum),
                  new Histogram(
                      with(route, "http_response_status_code", "500"),
                      bounds,
                      part(r.totals().errorLatency, bounds),
                      r.totals().errorLatencySum));
            }));
  }

  private static ServingFamily counter(
      String name, ServingFamily.Type type, String help, ToDoubleFunction<ServingPoint> value) {
    return new ServingFamily(
        name, type, help, r -> List.of(new Scalar(r.labels(), value.applyAsDouble(r.totals()))));
  }

  private static ServingFamily gauge(
      String name, String help, ToDoubleFunction<ServingPoint> value) {
    return new ServingFamily(
        name, GAUGE, help, r -> List.of(new Scalar(r.labels(), value.applyAsDouble(r.now()))));
  }

  private static ServingFamily histogram(
      String name,
      String help,
      double[] bounds,
      Function<ServingPoint, double[]> buckets,
      ToDoubleFunction<ServingPoint> sum) {
    return new ServingFamily(
        name,
        HISTOGRAM,
        help,
        r ->
            List.of(
                new Histogram(
                    r.labels(),
                    bounds,
                    part(buckets.apply(r.totals()), bounds),
                    sum.applyAsDouble(r.totals()))));
  }

  private static Series scalar(Reading r, double value, String label, String labelValue) {
    return new Scalar(with(r.labels(), label, labelValue), value);
  }

  private static double[] part(double[] cumulative, double[] bounds) {
    return Arrays.copyOf(cumulative, bounds.length);
  }

  private static Map<String, String> with(Map<String, String> labels, String... pairs) {
    Map<String, String> more = new LinkedHashMap<>(labels);
    for (int i = 0; i < pairs.length; i += 2) {
      more.put(pairs[i], pairs[i + 1]);
    }
    return more;
  }
}
