package dev.fleetscope.prometheus;

import static dev.fleetscope.prometheus.ServingSignal.*;

import dev.fleetscope.model.serving.ServerKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one kind of model server exports, signal by signal, as the server's own documentation names
 * it; a server is recognised by its request counter ({@link #marker()}).
 *
 * @param modelLabel the label naming the model on the server's series; empty when it has none (TGI
 *     serves one model per server: the model is named after its workload)
 */
record ServerMetrics(ServerKind kind, String modelLabel, Map<ServingSignal, MetricSource> sources) {

  ServerMetrics {
    sources = Map.copyOf(sources);
  }

  /** What this kind never exports, said once per model of it. */
  List<String> gaps() {
    return kind.gaps();
  }

  /** vLLM 0.4 to 0.11 and later (V0 and V1 engines): both names of renamed metrics are read. */
  static ServerMetrics vllm() {
    Map<ServingSignal, MetricSource> s = new EnumMap<>(ServingSignal.class);
    s.put(REQUESTS, MetricSource.of("vllm:request_success_total"));
    s.put(
        FAILURES,
        MetricSource.of("vllm:request_success_total").where("finished_reason=~\"abort|error\""));
    s.put(LATENCY, MetricSource.of("vllm:e2e_request_latency_seconds"));
    s.put(LATENCY_SUM, MetricSource.of("vllm:e2e_request_latency_seconds_sum"));
    s.put(TIME_TO_FIRST_TOKEN, MetricSource.of("vllm:time_to_first_token_seconds"));
    s.put(
        TIME_PER_OUTPUT_TOKEN,
        MetricSource.of("vllm:inter_token_latency_seconds", "vllm:time_per_output_token_seconds"));
    s.put(PROMPT_TOKENS, MetricSource.of("vllm:prompt_tokens_total"));
    s.put(GENERATION_TOKENS, MetricSource.of("vllm:generation_tokens_total"));
    s.put(QUEUE_LENGTH, MetricSource.of("vllm:num_requests_waiting"));
    s.put(KV_CACHE, MetricSource.of("vllm:kv_cache_usage_perc", "vllm:gpu_cache_usage_perc"));
    return new ServerMetrics(ServerKind.VLLM, "model_name", s);
  }

  /**
   * Triton's per-model counters: durations are cumulative microseconds, so only means; its one
   * histogram (first response of decoupled models, milliseconds) exists when enabled with {@code
   * --metrics-config histogram_latencies=true}.
   */
  static ServerMetrics triton() {
    Map<ServingSignal, MetricSource> s = new EnumMap<>(ServingSignal.class);
    s.put(SUCCESSES, MetricSource.of("nv_inference_request_success"));
    s.put(FAILURES, MetricSource.of("nv_inference_request_failure"));
    s.put(INFERENCES, MetricSource.of("nv_inference_count"));
    s.put(LATENCY_SUM, MetricSource.of("nv_inference_request_duration_us").scaled(1e-6));
    s.put(QUEUE_TIME_SUM, MetricSource.of("nv_inference_queue_duration_us").scaled(1e-6));
    s.put(
        TIME_TO_FIRST_TOKEN,
        MetricSource.of("nv_inference_first_response_histogram_ms").scaled(1e-3).optionally());
    s.put(QUEUE_LENGTH, MetricSource.of("nv_inference_pending_request_count"));
    return new ServerMetrics(ServerKind.TRITON, "model", s);
  }

  /** Text Generation Inference: no model label, no time to first token. */
  static ServerMetrics tgi() {
    Map<ServingSignal, MetricSource> s = new EnumMap<>(ServingSignal.class);
    s.put(REQUESTS, MetricSource.of("tgi_request_count"));
    s.put(FAILURES, MetricSource.of("tgi_request_failure"));
    s.put(LATENCY, MetricSource.of("tgi_request_duration"));
    s.put(LATENCY_SUM, MetricSource.of("tgi_request_duration_sum"));
    s.put(TIME_PER_OUTPUT_TOKEN, MetricSource.of("tgi_request_mean_time_per_token_duration"));
    s.put(PROMPT_TOKENS, MetricSource.of("tgi_request_input_length_sum"));
    s.put(GENERATION_TOKENS, MetricSource.of("tgi_request_generated_tokens_sum"));
    s.put(QUEUE_LENGTH, MetricSource.of("tgi_queue_size"));
    return new ServerMetrics(ServerKind.TGI, "", s);
  }

  /**
   * OpenTelemetry's HTTP server duration histogram, as Prometheus names it from OTLP; only series
   * with the model label count, since any HTTP service may export the histogram. A failure is a 5xx
   * status.
   */
  static ServerMetrics otel(String modelLabel) {
    String labelled = modelLabel + "!=\"\"";
    Map<ServingSignal, MetricSource> s = new EnumMap<>(ServingSignal.class);
    s.put(REQUESTS, MetricSource.of("http_server_request_duration_seconds_count").where(labelled));
    s.put(
        FAILURES,
        MetricSource.of("http_server_request_duration_seconds_count")
            .where(labelled + ", http_response_status_code=~\"5..\""));
    s.put(LATENCY, MetricSource.of("http_server_request_duration_seconds").where(labelled));
    s.put(LATENCY_SUM, MetricSource.of("http_server_request_duration_seconds_sum").where(labelled));
    return new ServerMetrics(ServerKind.OTEL, modelLabel, s);
  }

  static List<ServerMetrics> all(String otelModelLabel) {
    return List.of(vllm(), triton(), tgi(), otel(otelModelLabel));
  }

  /** The counter a server of this kind always exports: how it is recognised. */
  MetricSource marker() {
    return sources.containsKey(REQUESTS) ? sources.get(REQUESTS) : sources.get(SUCCESSES);
  }
}
