package dev.fleetscope.benchmarks.prometheus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Prometheus (the Debian binary) holding a synthetic fleet of single-container workloads,
 * half Deployments (pod owned by a ReplicaSet) and half StatefulSets, scraped every five minutes:
 * CPU counter, working set, {@code kube_pod_owner} and {@code kube_replicaset_owner}. Built with
 * promtool in a temporary directory.
 */
final class BenchmarkPrometheus implements AutoCloseable {
  static final Duration SCRAPE = Duration.ofMinutes(5);

  final Instant end;
  final Duration window;
  final String url;
  private final Path dir;
  private final Process process;

  private BenchmarkPrometheus(Instant end, Duration window, Path dir, Process process, int port) {
    this.end = end;
    this.window = window;
    this.dir = dir;
    this.process = process;
    this.url = "http://127.0.0.1:" + port;
  }

  /** Writes a fleet's timestamped OpenMetrics ending at {@code end} into a file. */
  interface Series {
    void write(Path file, Instant end) throws IOException;
  }

  static BenchmarkPrometheus start(int containers, Duration window)
      throws IOException, InterruptedException {
    return start(window, (file, end) -> write(file, containers, end, window));
  }

  /** A Prometheus over the series {@code fleet} writes, ending on the last full hour. */
  static BenchmarkPrometheus start(Duration window, Series fleet)
      throws IOException, InterruptedException {
    Instant end = Instant.ofEpochSecond(Instant.now().getEpochSecond() / 3600 * 3600);
    Path dir = Files.createTempDirectory("fleetscope-bench-prometheus");
    Path file = dir.resolve("fleet.om");
    fleet.write(file, end);
    run(
        dir,
        "promtool",
        "tsdb",
        "create-blocks-from",
        "openmetrics",
        "--max-block-duration=336h",
        file.toString(),
        dir.resolve("data").toString());
    Files.delete(file);
    Files.writeString(
        dir.resolve("prometheus.yml"), "global:\n  scrape_interval: 5m\nscrape_configs: []\n");
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Path log = dir.resolve("prometheus.log");
    Process process =
        new ProcessBuilder(
                "prometheus",
                "--config.file=" + dir.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--storage.tsdb.retention.time=3650d",
                "--web.listen-address=127.0.0.1:" + port)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.readString(log).contains("Server is ready to receive web requests")) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("prometheus did not start: " + Files.readString(log));
      }
      Thread.sleep(50);
    }
    return new BenchmarkPrometheus(end, window, dir, process, port);
  }

  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Container i runs 0.1 + (i % 17) / 10 cores and (256 + i % 900) MiB, with a daily swing. */
  private static void write(Path file, int containers, Instant end, Duration window)
      throws IOException {
    long scrapes = window.dividedBy(SCRAPE);
    long first = end.minus(window).getEpochSecond();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("# TYPE container_cpu_usage_seconds counter\n");
      for (int i = 0; i < containers; i++) {
        double counter = 1e6;
        for (long s = 0; s <= scrapes; s++) {
          counter += cores(i, s) * SCRAPE.toSeconds();
          out.write(
              String.format(
                  Locale.ROOT,
                  "container_cpu_usage_seconds_total{%s} %.3f %d%n",
                  labels(i),
                  counter,
                  first + s * SCRAPE.toSeconds()));
        }
      }
      out.write("# TYPE container_memory_working_set_bytes gauge\n");
      for (int i = 0; i < containers; i++) {
        for (long s = 0; s <= scrapes; s++) {
          long bytes =
              (long) ((256 + i % 900) * (1 << 20) * (1 + 0.3 * Math.sin(s / 288.0 * 2 * Math.PI)));
          out.write(
              "container_memory_working_set_bytes{"
                  + labels(i)
                  + "} "
                  + bytes
                  + " "
                  + (first + s * SCRAPE.toSeconds())
                  + "\n");
        }
      }
      out.write("# TYPE kube_pod_owner gauge\n");
      for (int i = 0; i < containers; i++) {
        String owner =
            i % 2 == 0
                ? "owner_kind=\"ReplicaSet\",owner_name=\"app-" + i + "-5f6b\""
                : "owner_kind=\"StatefulSet\",owner_name=\"app-" + i + "\"";
        constant(
            out,
            "kube_pod_owner{namespace=\"ns-"
                + i % 40
                + "\",pod=\""
                + pod(i)
                + "\","
                + owner
                + ",owner_is_controller=\"true\"}",
            first,
            scrapes);
      }
      out.write("# TYPE kube_replicaset_owner gauge\n");
      for (int i = 0; i < containers; i += 2) {
        constant(
            out,
            "kube_replicaset_owner{namespace=\"ns-"
                + i % 40
                + "\",replicaset=\"app-"
                + i
                + "-5f6b\",owner_kind=\"Deployment\",owner_name=\"app-"
                + i
                + "\",owner_is_controller=\"true\"}",
            first,
            scrapes);
      }
      out.write("# EOF\n");
    }
  }

  private static double cores(int i, long scrape) {
    return (0.1 + (i % 17) / 10.0) * (1 + 0.5 * Math.sin(scrape / 288.0 * 2 * Math.PI + i));
  }

  private static void constant(BufferedWriter out, String series, long first, long scrapes)
      throws IOException {
    for (long s = 0; s <= scrapes; s++) {
      out.write(series + " 1 " + (first + s * SCRAPE.toSeconds()) + "\n");
    }
  }

  private static String labels(int i) {
    return "namespace=\"ns-"
        + i % 40
        + "\",pod=\""
        + pod(i)
        + "\",container=\"app\",image=\"registry/app:1\",job=\"kubelet\"";
  }

  private static String pod(int i) {
    return i % 2 == 0 ? "app-" + i + "-5f6b-x" + Integer.toString(i, 36) : "app-" + i + "-0";
  }

  private static void run(Path dir, String... command) throws IOException, InterruptedException {
    Path log = dir.resolve(command[0] + ".log");
    Process p =
        new ProcessBuilder(List.of(command))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed: " + Files.readString(log));
    }
  }
}
