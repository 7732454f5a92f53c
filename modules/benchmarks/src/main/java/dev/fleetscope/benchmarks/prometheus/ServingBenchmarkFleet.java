package dev.fleetscope.benchmarks.prometheus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A hundred models on two pods each, scraped every minute for 25 hours, as their servers export
 * them: 25 vLLM (vLLM's own buckets), 25 Triton, 10 TGI and 40 OpenTelemetry-instrumented services,
 * ten namespaces, with kube-state-metrics owners and requests and DCGM for the GPU pods. Traffic
 * follows a daily wave; latencies spread log-normally into the buckets. About 8,000 series.
 */
final class ServingBenchmarkFleet implements BenchmarkPrometheus.Series {
  static final int MODELS = 100;
  static final Duration SPAN = Duration.ofHours(25);
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double[] VLLM_E2E = {
    0.3, 0.5, 0.8, 1, 1.5, 2, 2.5, 5, 10, 15, 20, 30, 40, 50, 60, INF
  };
  private static final double[] VLLM_TTFT = {
    0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, INF
  };
  private static final double[] VLLM_TPOT = {
    0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1, 2.5, INF
  };
  private static final double[] TGI = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, INF};
  private static final double[] TOKENS = {16, 64, 256, 1024, 4096, INF};
  private static final double[] HTTP = {
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, INF
  };

  private record Model(
      int index, String kind, String namespace, String deployment, String replicaSet) {
    String pod(int p) {
      return replicaSet + "-x" + p + "abc";
    }

    String labels(int p) {
      return "namespace=\"" + namespace + "\",pod=\"" + pod(p) + "\"";
    }

    boolean gpu() {
      return !kind.equals("otel");
    }
  }

  private final List<Model> models = new ArrayList<>();
  private long first;
  private int minutes;
  private BufferedWriter out;

  ServingBenchmarkFleet() {
    for (int i = 0; i < MODELS; i++) {
      int slot = i % 20;
      String kind = slot < 5 ? "vllm" : slot < 10 ? "triton" : slot < 12 ? "tgi" : "otel";
      String name = kind + "-model-" + i;
      models.add(new Model(i, kind, "ns-" + i % 10, name, name + "-5f6b7c8d9e"));
    }
  }

  @Override
  public void write(Path file, Instant end) throws IOException {
    minutes = (int) SPAN.toMinutes();
    first = end.getEpochSecond() - minutes * 60L;
    try (BufferedWriter writer =
        Files.newBufferedWriter(
            file,
            StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
      out = writer;
      counter(
          "vllm:request_success",
          "vllm",
          m -> new String[] {"finished_reason=\"stop\"", "finished_reason=\"abort\""},
          (m, r, t) -> r == 0 ? 0.99 * requests(m, t) : 0.01 * requests(m, t),
          true);
      histogram("vllm:e2e_request_latency_seconds", "vllm", VLLM_E2E, 3);
      histogram("vllm:time_to_first_token_seconds", "vllm", VLLM_TTFT, 0.15);
      histogram("vllm:inter_token_latency_seconds", "vllm", VLLM_TPOT, 0.03);
      counter(
          "vllm:prompt_tokens",
          "vllm",
          m -> new String[] {""},
          (m, r, t) -> 700 * requests(m, t),
          true);
      counter(
          "vllm:generation_tokens",
          "vllm",
          m -> new String[] {""},
          (m, r, t) -> 250 * requests(m, t),
          true);
      gauge(
          "vllm:num_requests_waiting",
          "vllm",
          (m, t) -> Math.max(0, Math.round(load(m, t) * 10 - 6)));
      gauge("vllm:kv_cache_usage_perc", "vllm", (m, t) -> 0.3 + 0.6 * load(m, t));
      counter(
          "nv_inference_request_success",
          "triton",
          m -> new String[] {""},
          (m, r, t) -> requests(m, t),
          false);
      counter(
          "nv_inference_request_failure",
          "triton",
          m -> new String[] {"reason=\"BACKEND\""},
          (m, r, t) -> Math.round(0.01 * requests(m, t)),
          false);
      counter(
          "nv_inference_count",
          "triton",
          m -> new String[] {""},
          (m, r, t) -> 4 * requests(m, t),
          false);
      counter(
          "nv_inference_request_duration_us",
          "triton",
          m -> new String[] {""},
          (m, r, t) -> 20_000 * requests(m, t),
          false);
      counter(
          "nv_inference_queue_duration_us",
          "triton",
          m -> new String[] {""},
          (m, r, t) -> 900 * requests(m, t),
          false);
      gauge("nv_inference_pending_request_count", "triton", (m, t) -> Math.round(load(m, t) * 2));
      counter(
          "tgi_request_count", "tgi", m -> new String[] {""}, (m, r, t) -> requests(m, t), false);
      counter(
          "tgi_request_failure",
          "tgi",
          m -> new String[] {"err=\"generation\""},
          (m, r, t) -> Math.round(0.02 * requests(m, t)),
          false);
      histogram("tgi_request_duration", "tgi", TGI, 4);
      histogram(
          "tgi_request_mean_time_per_token_duration",
          "tgi",
          new double[] {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, INF},
          0.03);
      histogram("tgi_request_input_length", "tgi", TOKENS, 700);
      histogram("tgi_request_generated_tokens", "tgi", TOKENS, 250);
      gauge("tgi_queue_size", "tgi", (m, t) -> Math.max(0, Math.round(load(m, t) * 8 - 5)));
      histogram("http_server_request_duration_seconds", "otel", HTTP, 0.04);
      owners();
      requests();
      gauge("DCGM_FI_DEV_GPU_UTIL", "gpu", (m, t) -> Math.round(100 * (0.2 + 0.7 * load(m, t))));
      out.write("# EOF\n");
    }
  }

  /** The daily wave of a model's load, 0.2 to 1, by minute. */
  private static double load(Model m, int t) {
    return 0.6 + 0.4 * Math.sin(2 * Math.PI * t / 1440 + m.index());
  }

  private static double requests(Model m, int t) {
    return Math.round(30 * load(m, t));
  }

  interface Value {
    double at(Model m, int series, int minute);
  }

  interface Labels {
    String[] of(Model m);
  }

  interface Gauge {
    double at(Model m, int minute);
  }

  private List<Model> of(String kind) {
    return models.stream()
        .filter(m -> kind.equals("gpu") ? m.gpu() : m.kind().equals(kind))
        .toList();
  }

  private void counter(String name, String kind, Labels extra, Value perMinute, boolean total)
      throws IOException {
    out.write("# TYPE " + name + (total ? " counter\n" : " unknown\n"));
    for (Model m : of(kind)) {
      String model = model(m);
      String[] series = extra.of(m);
      for (int p = 0; p < 2; p++) {
        for (int s = 0; s < series.length; s++) {
          String labels = join("cluster=\"bench\"", m.labels(p), model, series[s]);
          double value = 1000;
          for (int t = 0; t <= minutes; t++) {
            value += perMinute.at(m, s, t);
            sample(name + (total ? "_total" : ""), labels, value, t);
          }
        }
      }
    }
  }

  private void gauge(String name, String kind, Gauge value) throws IOException {
    out.write("# TYPE " + name + " gauge\n");
    for (Model m : of(kind)) {
      for (int p = 0; p < 2; p++) {
        String labels =
            kind.equals("gpu")
                ? join(
                    "cluster=\"bench\"",
                    m.labels(p),
                    "container=\"server\",gpu=\"0\",GPU_I_PROFILE=\"\"")
                : join("cluster=\"bench\"", m.labels(p), model(m));
        for (int t = 0; t <= minutes; t++) {
          sample(name, labels, value.at(m, t), t);
        }
      }
    }
  }

  /** Log-normal observations (median {@code median}, sigma 0.5) counted into the buckets. */
  private void histogram(String name, String kind, double[] bounds, double median)
      throws IOException {
    out.write("# TYPE " + name + " histogram\n");
    double[] share = new double[bounds.length];
    for (int k = 0; k < bounds.length; k++) {
      share[k] =
          bounds[k] == INF
              ? 1
              : 1 / (1 + Math.exp(-(Math.log(bounds[k]) - Math.log(median)) / 0.3));
    }
    for (Model m : of(kind)) {
      for (int p = 0; p < 2; p++) {
        String base = join("cluster=\"bench\"", m.labels(p), model(m));
        String[] statuses =
            kind.equals("otel")
                ? new String[] {
                  "http_response_status_code=\"200\"", "http_response_status_code=\"500\""
                }
                : new String[] {""};
        for (String status : statuses) {
          double rate = status.contains("500") ? 0.02 : status.isEmpty() ? 1 : 0.98;
          String labels = join(base, status);
          for (int k = 0; k < bounds.length; k++) {
            String le = bounds[k] == INF ? "+Inf" : Double.toString(bounds[k]);
            double count = 1000;
            for (int t = 0; t <= minutes; t++) {
              count += Math.round(requests(m, t) * rate * share[k]);
              sample(name + "_bucket", join(labels, "le=\"" + le + "\""), count, t);
            }
          }
          double count = 1000;
          double sum = 1000 * median;
          for (int t = 0; t <= minutes; t++) {
            count += Math.round(requests(m, t) * rate);
            sample(name + "_count", labels, count, t);
          }
          for (int t = 0; t <= minutes; t++) {
            sum += Math.round(requests(m, t) * rate) * median * 1.13;
            sample(name + "_sum", labels, sum, t);
          }
        }
      }
    }
  }

  private void owners() throws IOException {
    out.write("# TYPE kube_pod_owner gauge\n");
    for (Model m : models) {
      for (int p = 0; p < 2; p++) {
        String labels =
            join(
                "cluster=\"bench\"",
                m.labels(p),
                "owner_kind=\"ReplicaSet\",owner_name=\""
                    + m.replicaSet()
                    + "\",owner_is_controller=\"true\"");
        for (int t = 0; t <= minutes; t++) {
          sample("kube_pod_owner", labels, 1, t);
        }
      }
    }
    out.write("# TYPE kube_replicaset_owner gauge\n");
    for (Model m : models) {
      String labels =
          "cluster=\"bench\",namespace=\""
              + m.namespace()
              + "\",replicaset=\""
              + m.replicaSet()
              + "\",owner_kind=\"Deployment\",owner_name=\""
              + m.deployment()
              + "\",owner_is_controller=\"true\"";
      for (int t = 0; t <= minutes; t++) {
        sample("kube_replicaset_owner", labels, 1, t);
      }
    }
  }

  private void requests() throws IOException {
    out.write("# TYPE kube_pod_container_resource_requests gauge\n");
    for (Model m : models) {
      for (int p = 0; p < 2; p++) {
        for (String[] r :
            m.gpu()
                ? new String[][] {
                  {"cpu", "core", "4"},
                  {"memory", "byte", "17179869184"},
                  {"nvidia_com_gpu", "integer", "1"}
                }
                : new String[][] {{"cpu", "core", "1"}, {"memory", "byte", "2147483648"}}) {
          String labels =
              join(
                  "cluster=\"bench\"",
                  m.labels(p),
                  "container=\"server\",resource=\"" + r[0] + "\",unit=\"" + r[1] + "\"");
          for (int t = 0; t <= minutes; t++) {
            sample("kube_pod_container_resource_requests", labels, Double.parseDouble(r[2]), t);
          }
        }
      }
    }
  }

  private static String model(Model m) {
    return switch (m.kind()) {
      case "vllm" -> "model_name=\"org/" + m.deployment() + "\"";
      case "triton" -> "model=\"" + m.deployment() + "\",version=\"1\"";
      case "otel" -> "model=\"" + m.deployment() + "\",http_route=\"/predict\"";
      default -> "";
    };
  }

  private static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      if (!p.isEmpty()) {
        b.append(b.isEmpty() ? "" : ",").append(p);
      }
    }
    return b.toString();
  }

  private void sample(String name, String labels, double value, int minute) throws IOException {
    out.write(name);
    out.write('{');
    out.write(labels);
    out.write("} ");
    out.write(
        value == Math.rint(value)
            ? Long.toString((long) value)
            : String.format(Locale.ROOT, "%.6f", value));
    out.write(' ');
    out.write(Long.toString(first + minute * 60L));
    out.write('\n');
  }
}
