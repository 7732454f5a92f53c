package dev.fleetscope.prometheus;

import static dev.fleetscope.prometheus.ServingFixture.labels;
import static dev.fleetscope.prometheus.ServingFixture.with;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * The servers of {@link ServingReaderIT}, one namespace per kind, and what each model must read as
 * over the last hour, summed here pod by pod from the numbers written:
 *
 * <ul>
 *   <li>{@code llm}: vLLM {@code chat} on three pods, one exporting the current metric names, one
 *       the older names, one (started half way through the window) both; vLLM {@code tiny} without
 *       time to first token, inter-token latency, KV-cache or requests; vLLM {@code ghost}, whose
 *       pod kube-state-metrics does not know; TGI {@code mistral-tgi};
 *   <li>{@code vision}: Triton serving {@code yolo} and {@code ocr} from the same two pods on MIG
 *       slices (only {@code ocr} with a first-response histogram, {@code yolo} with failures);
 *   <li>{@code shop}: OpenTelemetry {@code ranker} with 5xx responses, {@code legacy-scorer} whose
 *       histogram has no +Inf bucket, and a service without a model label, which is no model.
 * </ul>
 */
final class ServingScenario {
  static final double GIB = 1L << 30;
  static final double[] E2E = {0.5, 1, 2.5, 5, 10, Double.POSITIVE_INFINITY};
  static final double[] TTFT = {0.05, 0.1, 0.25, 0.5, 1, Double.POSITIVE_INFINITY};
  static final double[] TPOT = {0.01, 0.025, 0.05, 0.1, Double.POSITIVE_INFINITY};
  static final double[] HTTP = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, Double.POSITIVE_INFINITY};

  /** Rates per second and window sums a model must read as; absent entries stay 0. */
  static final class Expected {
    double requests;
    double failures;
    double successes;
    double latencySum;
    double latencyCount;
    double prompt;
    double generation;
    double inferences;
    double queueTimeSum;
    double queuePointSum;
    double kvSum;
    int kvPoints;
    double gpuSum;
    int gpuSamples;
  }

  final ServingFixture fixture;
  final Map<String, Expected> expected = new HashMap<>();

  ServingScenario(Instant end) {
    fixture = new ServingFixture(end);
    chat();
    tiny();
    ghost();
    tgi();
    triton();
    otel();
  }

  Expected expected(String model) {
    return expected.computeIfAbsent(model, m -> new Expected());
  }

  private void chat() {
    String rs = "chat-vllm-5d9c7f8b6d";
    fixture.replicaSet("llm", rs, "chat-vllm");
    vllmPod(rs + "-aaaaa", 0, true, false, new double[] {1, 4, 8, 9, 10, 10}, i -> 3 + i % 4, 1.9);
    vllmPod(rs + "-bbbbb", 0, false, true, new double[] {0, 3, 7, 9, 10, 10}, i -> 2 + i % 3, 2.2);
    vllmPod(rs + "-ccccc", 90, true, true, new double[] {2, 5, 9, 10, 10, 10}, i -> 1 + i % 2, 1.4);
  }

  /** A pod of {@code chat-vllm}, exporting current names, older names, or both. */
  private void vllmPod(
      String pod,
      int from,
      boolean current,
      boolean older,
      double[] e2eShape,
      IntToDoubleFunction perMinute,
      double meanLatency) {
    Expected e = expected("meta-llama/Llama-3.1-8B-Instruct");
    fixture.pod(
        "llm", pod, "ReplicaSet", "chat-vllm-5d9c7f8b6d", from, 4, 16 * GIB, "nvidia_com_gpu", 1);
    Map<String, String> m =
        labels("namespace", "llm", "pod", pod, "model_name", "meta-llama/Llama-3.1-8B-Instruct");
    double stop =
        fixture.counter(
            "vllm:request_success_total", with(m, "finished_reason", "stop"), from, 0, perMinute);
    double length =
        fixture.counter(
            "vllm:request_success_total", with(m, "finished_reason", "length"), from, 0, i -> 1);
    double abort =
        fixture.counter(
            "vllm:request_success_total", with(m, "finished_reason", "abort"), from, 0, i -> i % 2);
    e.requests += stop + length + abort;
    e.failures += abort;
    ServingFixture.HistogramRates e2e =
        fixture.histogram(
            "vllm:e2e_request_latency_seconds", m, from, E2E, e2eShape, meanLatency, perMinute);
    e.latencySum += e2e.sum();
    e.latencyCount += e2e.count();
    double[] ttftShape = {e2eShape[0] + 1, 6, 9, 10, 10, 10};
    fixture.histogram("vllm:time_to_first_token_seconds", m, from, TTFT, ttftShape, 0.2, perMinute);
    double[] tpotShape = {e2eShape[1] - 1, 8, 10, 10, 10};
    if (current) {
      fixture.histogram(
          "vllm:inter_token_latency_seconds", m, from, TPOT, tpotShape, 0.02, perMinute);
    }
    if (older) {
      fixture.histogram(
          "vllm:time_per_output_token_seconds", m, from, TPOT, tpotShape, 0.02, perMinute);
    }
    e.prompt += fixture.counter("vllm:prompt_tokens_total", m, from, 0, i -> 800 + 10 * (i % 7));
    e.generation +=
        fixture.counter("vllm:generation_tokens_total", m, from, 0, i -> 300 + 5 * (i % 3));
    e.queuePointSum += fixture.gauge("vllm:num_requests_waiting", m, from, i -> i % 4);
    IntToDoubleFunction kv = i -> 0.5 + 0.01 * (i % 10) + (current ? 0 : 0.1);
    double kvSum = 0;
    if (current) {
      kvSum = fixture.gauge("vllm:kv_cache_usage_perc", m, from, kv);
    }
    if (older) {
      kvSum = fixture.gauge("vllm:gpu_cache_usage_perc", m, from, kv);
    }
    e.kvSum += kvSum;
    e.kvPoints += ServingFixture.points(from);
    gpu(e, "llm", pod, from, "", i -> 50 + i % 20);
  }

  private void tiny() {
    String rs = "tiny-vllm-7f8d9c6b5a";
    fixture.replicaSet("llm", rs, "tiny-vllm");
    String pod = rs + "-ttttt";
    fixture.owner("llm", pod, "ReplicaSet", rs, 0);
    Expected e = expected("tiny");
    Map<String, String> m = labels("namespace", "llm", "pod", pod, "model_name", "tiny");
    e.requests +=
        fixture.counter(
            "vllm:request_success_total", with(m, "finished_reason", "stop"), 0, 100, i -> 5);
    ServingFixture.HistogramRates e2e =
        fixture.histogram(
            "vllm:e2e_request_latency_seconds",
            m,
            0,
            E2E,
            new double[] {3, 5, 5, 5, 5, 5},
            0.6,
            i -> 1);
    e.latencySum += e2e.sum();
    e.latencyCount += e2e.count();
    e.prompt += fixture.counter("vllm:prompt_tokens_total", m, 0, 0, i -> 100);
    e.generation += fixture.counter("vllm:generation_tokens_total", m, 0, 0, i -> 40);
    e.queuePointSum += fixture.gauge("vllm:num_requests_waiting", m, 0, i -> 0);
  }

  private void ghost() {
    Map<String, String> m =
        labels("namespace", "llm", "pod", "ghost-5f5f5f5f5f-zzzzz", "model_name", "ghost");
    expected("ghost").requests +=
        fixture.counter(
            "vllm:request_success_total", with(m, "finished_reason", "stop"), 0, 0, i -> 7);
  }

  private void tgi() {
    String pod = "mistral-tgi-0";
    fixture.pod("llm", pod, "StatefulSet", "mistral-tgi", 0, 8, 32 * GIB, "nvidia_com_gpu", 1);
    Expected e = expected("mistral-tgi");
    Map<String, String> m = labels("namespace", "llm", "pod", pod);
    e.requests += fixture.counter("tgi_request_count", m, 0, 5000, i -> 30);
    e.failures +=
        fixture.counter(
            "tgi_request_failure", with(m, "err", "validation"), 0, 0, i -> i % 10 == 0 ? 3 : 0);
    ServingFixture.HistogramRates duration =
        fixture.histogram(
            "tgi_request_duration",
            m,
            0,
            new double[] {0.1, 0.5, 1, 2.5, Double.POSITIVE_INFINITY},
            new double[] {1, 6, 9, 10, 10},
            0.8,
            i -> 3);
    e.latencySum += duration.sum();
    e.latencyCount += duration.count();
    fixture.histogram(
        "tgi_request_mean_time_per_token_duration",
        m,
        0,
        new double[] {0.01, 0.05, 0.1, Double.POSITIVE_INFINITY},
        new double[] {1, 8, 10, 10},
        0.03,
        i -> 3);
    e.prompt +=
        fixture
            .histogram(
                "tgi_request_input_length",
                m,
                0,
                new double[] {100, 1000, Double.POSITIVE_INFINITY},
                new double[] {0, 10, 10},
                512,
                i -> 3)
            .sum();
    e.generation +=
        fixture
            .histogram(
                "tgi_request_generated_tokens",
                m,
                0,
                new double[] {10, 100, 1000, Double.POSITIVE_INFINITY},
                new double[] {0, 2, 10, 10},
                180,
                i -> 3)
            .sum();
    e.queuePointSum += fixture.gauge("tgi_queue_size", m, 0, i -> i % 5);
    gpu(e, "llm", pod, 0, "", i -> 75);
  }

  private void triton() {
    String rs = "detector-triton-6c7d8e9f0a";
    fixture.replicaSet("vision", rs, "detector-triton");
    tritonPod(rs + "-ppppp", 40, 10, 12000, 85000, 0.6);
    tritonPod(rs + "-qqqqq", 38, 12, 13000, 90000, 0.4);
  }

  private void tritonPod(
      String pod,
      double yoloPerMinute,
      double ocrPerMinute,
      double yoloUs,
      double ocrUs,
      double engine) {
    fixture.pod(
        "vision",
        pod,
        "ReplicaSet",
        "detector-triton-6c7d8e9f0a",
        0,
        2,
        8 * GIB,
        "nvidia_com_mig_3g_40gb",
        1);
    Map<String, String> labels = labels("namespace", "vision", "pod", pod, "version", "1");
    Expected yolo = expected("yolo");
    Map<String, String> y = with(labels, "model", "yolo");
    double ySuccess = fixture.counter("nv_inference_request_success", y, 0, 0, i -> yoloPerMinute);
    double yFailure =
        fixture.counter(
            "nv_inference_request_failure",
            with(y, "reason", "BACKEND"),
            0,
            0,
            i -> i % 6 == 0 ? 2 : 0);
    yolo.successes += ySuccess;
    yolo.failures += yFailure;
    yolo.requests += ySuccess + yFailure;
    yolo.inferences += fixture.counter("nv_inference_count", y, 0, 0, i -> yoloPerMinute * 4);
    yolo.latencySum +=
        fixture.counter("nv_inference_request_duration_us", y, 0, 0, i -> yoloPerMinute * yoloUs);
    yolo.queueTimeSum +=
        fixture.counter("nv_inference_queue_duration_us", y, 0, 0, i -> yoloPerMinute * 800);
    yolo.queuePointSum += fixture.gauge("nv_inference_pending_request_count", y, 0, i -> i % 3);
    Expected ocr = expected("ocr");
    Map<String, String> o = with(labels, "model", "ocr");
    double oSuccess = fixture.counter("nv_inference_request_success", o, 0, 0, i -> ocrPerMinute);
    ocr.successes += oSuccess;
    ocr.requests += oSuccess;
    ocr.inferences += fixture.counter("nv_inference_count", o, 0, 0, i -> ocrPerMinute);
    ocr.latencySum +=
        fixture.counter("nv_inference_request_duration_us", o, 0, 0, i -> ocrPerMinute * ocrUs);
    ocr.queueTimeSum +=
        fixture.counter("nv_inference_queue_duration_us", o, 0, 0, i -> ocrPerMinute * 2000);
    ocr.queuePointSum += fixture.gauge("nv_inference_pending_request_count", o, 0, i -> i % 2);
    fixture.histogram(
        "nv_inference_first_response_histogram_ms",
        o,
        0,
        new double[] {100, 500, 2000, 5000, Double.POSITIVE_INFINITY},
        yoloPerMinute > 39 ? new double[] {2, 7, 9, 10, 10} : new double[] {1, 6, 10, 10, 10},
        400,
        i -> ocrPerMinute / 10);
    // A MIG slice reads 0 in GPU_UTIL: only the engine activity counts.
    Map<String, String> gpu = gpuLabels("vision", pod, "3g.40gb");
    fixture.gauge("DCGM_FI_DEV_GPU_UTIL", gpu, 0, i -> 0);
    double sum = fixture.gauge("DCGM_FI_PROF_GR_ENGINE_ACTIVE", gpu, 0, i -> engine);
    for (Expected e : List.of(yolo, ocr)) {
      e.gpuSum += sum;
      e.gpuSamples += ServingFixture.points(0);
    }
  }

  private void otel() {
    String rs = "ranker-api-8a9b0c1d2e";
    fixture.replicaSet("shop", rs, "ranker-api");
    otelPod(rs + "-rrrrr", 12, i -> i % 10 == 0 ? 1 : 0);
    otelPod(rs + "-sssss", 11, i -> 0);
    String other = "checkout-api-3e4f5a6b7c-xxxxx";
    fixture.histogram(
        "http_server_request_duration_seconds",
        labels("namespace", "shop", "pod", other, "http_response_status_code", "200"),
        0,
        HTTP,
        new double[] {1, 2, 3, 4, 5, 6, 6},
        0.01,
        i -> 50);
    String scorerRs = "scorer-api-1a2b3c4d5e";
    fixture.replicaSet("shop", scorerRs, "scorer-api");
    String scorer = scorerRs + "-lllll";
    fixture.pod("shop", scorer, "ReplicaSet", scorerRs, 0, 0.5, GIB, "", 0);
    Expected e = expected("legacy-scorer");
    Map<String, String> m =
        labels(
            "namespace",
            "shop",
            "pod",
            scorer,
            "model",
            "legacy-scorer",
            "http_response_status_code",
            "200");
    ServingFixture.HistogramRates noInf =
        fixture.histogram(
            "http_server_request_duration_seconds",
            m,
            0,
            new double[] {0.1, 1},
            new double[] {5, 10},
            0.2,
            i -> 2);
    e.requests += noInf.count();
    e.latencySum += noInf.sum();
  }

  private void otelPod(String pod, double perMinute, IntToDoubleFunction errors) {
    fixture.pod("shop", pod, "ReplicaSet", "ranker-api-8a9b0c1d2e", 0, 1, 2 * GIB, "", 0);
    Expected e = expected("ranker");
    Map<String, String> m =
        labels(
            "namespace",
            "shop",
            "pod",
            pod,
            "model",
            "ranker",
            "http_request_method",
            "POST",
            "http_route",
            "/predict");
    ServingFixture.HistogramRates ok =
        fixture.histogram(
            "http_server_request_duration_seconds",
            with(m, "http_response_status_code", "200"),
            0,
            HTTP,
            new double[] {1, 4, 8, 9, 10, 10, 10},
            0.02,
            i -> perMinute / 10);
    ServingFixture.HistogramRates failed =
        fixture.histogram(
            "http_server_request_duration_seconds",
            with(m, "http_response_status_code", "500"),
            0,
            HTTP,
            new double[] {0, 0, 0, 1, 2, 5, 10},
            0.3,
            i -> errors.applyAsDouble(i) / 10);
    e.requests += ok.count() + failed.count();
    e.failures += failed.count();
    e.latencySum += ok.sum() + failed.sum();
    e.latencyCount += ok.count() + failed.count();
  }

  private void gpu(
      Expected e,
      String namespace,
      String pod,
      int from,
      String profile,
      IntToDoubleFunction percent) {
    e.gpuSum +=
        fixture.gauge("DCGM_FI_DEV_GPU_UTIL", gpuLabels(namespace, pod, profile), from, percent)
            / 100;
    e.gpuSamples += ServingFixture.points(from);
  }

  private static Map<String, String> gpuLabels(String namespace, String pod, String profile) {
    return labels(
        "namespace",
        namespace,
        "pod",
        pod,
        "container",
        "server",
        "gpu",
        "0",
        "UUID",
        "GPU-" + pod.hashCode(),
        "GPU_I_PROFILE",
        profile);
  }
}
