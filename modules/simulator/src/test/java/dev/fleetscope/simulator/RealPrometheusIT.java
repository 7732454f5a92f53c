package dev.fleetscope.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debian {@code prometheus} and {@code promtool} binaries against the demo fleet; skipped where
 * they are absent.
 */
class RealPrometheusIT {
  private static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
  private static final Path PROMTOOL = Path.of("/usr/bin/promtool");
  private static final Pattern VALUE = Pattern.compile("\"value\":\\[[0-9.]+,\"([0-9.eE+-]+)\"]");

  @TempDir Path dir;

  @Test
  void aRealPrometheusScrapesTheLiveDemoFleet() throws Exception {
    assumeTrue(Files.isExecutable(PROMETHEUS), "Debian package prometheus is not installed");
    Simulator simulator = new Simulator(Simulator.DEFAULT_SEED, Clock.systemUTC());
    try (PrometheusExposition exposition = PrometheusExposition.start(simulator, "127.0.0.1", 0)) {
      Files.writeString(
          dir.resolve("prometheus.yml"),
          """
          global: {scrape_interval: 2s, scrape_timeout: 2s}
          scrape_configs:
            - job_name: fleetscope-demo
              honor_labels: true
              static_configs: [{targets: ['127.0.0.1:%d']}]
          """
              .formatted(exposition.port()));
      int port = freePort();
      Process prometheus =
          start(
              PROMETHEUS.toString(),
              "--config.file=" + dir.resolve("prometheus.yml"),
              "--storage.tsdb.path=" + dir.resolve("data"),
              "--web.listen-address=127.0.0.1:" + port);
      try {
        long runningContainers =
            simulator
                .fleet()
                .workloads()
                .filter(
                    w -> {
                      UsagePoint p = new UsagePoint();
                      w.primary().usage(Instant.now().getEpochSecond() / 60, p);
                      return p.running;
                    })
                .mapToLong(w -> (long) w.pods().size() * w.containers().size())
                .sum();
        double series =
            awaitValue(port, "count(container_memory_working_set_bytes)", Duration.ofSeconds(30));
        assertEquals(
            runningContainers,
            series,
            runningContainers * 0.02,
            "one series per running pod container");
        assertEquals(
            3,
            awaitValue(port, "count(count by (cluster) (kube_pod_owner))", Duration.ofSeconds(10)));
      } finally {
        prometheus.destroy();
        prometheus.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void promtoolBackfillsTheRecordedHistory() throws Exception {
    assumeTrue(
        Files.isExecutable(PROMTOOL) && Files.isExecutable(PROMETHEUS),
        "Debian package prometheus is not installed");
    Simulator simulator = new Simulator(Simulator.DEFAULT_SEED, Clock.systemUTC());
    SimWorkload leaky =
        simulator
            .fleet()
            .workloads()
            .filter(w -> "memory-leak".equals(w.labels().get("workload-type")))
            .findFirst()
            .orElseThrow();
    Path history = dir.resolve("history.om");
    try (Writer out = Files.newBufferedWriter(history)) {
      new OpenMetricsHistory(simulator, ref -> ref.equals(leaky.ref()), Duration.ofMinutes(5))
          .write(out);
    }
    // One block for the whole fortnight: promtool's default of 2 h blocks takes fifty times as
    // long.
    Process promtool =
        start(
            PROMTOOL.toString(),
            "tsdb",
            "create-blocks-from",
            "openmetrics",
            "--max-block-duration=336h",
            history.toString(),
            dir.resolve("data").toString());
    assertTrue(promtool.waitFor(120, TimeUnit.SECONDS));
    assertEquals(
        0,
        promtool.exitValue(),
        new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("prometheus.yml"), "global: {scrape_interval: 1m}\n");
    int port = freePort();
    Process prometheus =
        start(
            PROMETHEUS.toString(),
            "--config.file=" + dir.resolve("prometheus.yml"),
            "--storage.tsdb.path=" + dir.resolve("data"),
            "--storage.tsdb.retention.time=90d",
            "--web.listen-address=127.0.0.1:" + port);
    try {
      double pods =
          awaitValue(
              port,
              "count(count_over_time(container_memory_working_set_bytes[30d]))",
              Duration.ofSeconds(30));
      assertEquals(leaky.pods().size(), pods);
    } finally {
      prometheus.destroy();
      prometheus.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static Process start(String... command) throws IOException {
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static double awaitValue(int port, String query, Duration timeout) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI uri =
        URI.create(
            "http://127.0.0.1:"
                + port
                + "/api/v1/query?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      try {
        last =
            http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = VALUE.matcher(last);
        if (m.find()) {
          return Double.parseDouble(m.group(1));
        }
      } catch (IOException notReadyYet) {
        last = notReadyYet.toString();
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no answer to " + query + " within " + timeout + ": " + last);
  }
}
