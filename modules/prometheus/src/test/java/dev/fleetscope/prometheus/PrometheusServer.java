package dev.fleetscope.prometheus;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The Debian {@code prometheus} binary serving a TSDB on a free loopback port, for integration
 * tests (the app's too, through this module's test jar). Without the binary the calling test is
 * skipped with a message (CI installs the package, so there it runs).
 */
public final class PrometheusServer implements AutoCloseable {
  static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
  static final Path PROMTOOL = Path.of("/usr/bin/promtool");

  private final List<String> command;
  private final Path log;
  private final int port;
  private final String scheme;
  private Process process;

  private PrometheusServer(List<String> command, Path log, int port, String scheme) {
    this.command = List.copyOf(command);
    this.log = log;
    this.port = port;
    this.scheme = scheme;
  }

  /** Skips the test, saying why, unless Prometheus and promtool are installed. */
  public static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(PROMETHEUS) && Files.isExecutable(PROMTOOL),
        "Skipped: /usr/bin/prometheus and /usr/bin/promtool are not installed (apt-get install prometheus); CI runs this test");
  }

  /** Backfills the OpenMetrics file into a TSDB under {@code dir} with promtool. */
  public static Path backfill(Path openMetrics, Path dir) throws IOException, InterruptedException {
    Path data = Files.createDirectories(dir.resolve("data"));
    run(
        List.of(
            PROMTOOL.toString(),
            "tsdb",
            "create-blocks-from",
            "openmetrics",
            "--max-block-duration=336h",
            openMetrics.toString(),
            data.toString()),
        dir.resolve("promtool.log"));
    return data;
  }

  /**
   * Starts Prometheus on the TSDB, scraping nothing.
   *
   * @param webConfig a {@code --web.config.file} (basic auth, TLS) or null
   * @param flags further flags such as {@code --query.max-samples=1000}
   */
  public static PrometheusServer start(Path data, Path webConfig, String... flags)
      throws IOException, InterruptedException {
    Path dir = data.getParent();
    Path config =
        Files.writeString(
            dir.resolve("prometheus.yml"), "global:\n  scrape_interval: 1m\nscrape_configs: []\n");
    int port = freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                PROMETHEUS.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + data,
                "--storage.tsdb.retention.time=3650d",
                "--web.listen-address=127.0.0.1:" + port));
    String scheme = "http";
    if (webConfig != null) {
      command.add("--web.config.file=" + webConfig);
      scheme = Files.readString(webConfig).contains("tls_server_config") ? "https" : "http";
    }
    command.addAll(List.of(flags));
    PrometheusServer server =
        new PrometheusServer(command, dir.resolve("prometheus-" + port + ".log"), port, scheme);
    server.launch();
    return server;
  }

  public String url() {
    return scheme + "://127.0.0.1:" + port;
  }

  /**
   * Starts the stopped server again, on the same port and data, as an operator restarting it would.
   */
  public void restart() throws IOException, InterruptedException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("prometheus on port " + port + " is still running");
    }
    launch();
  }

  private void launch() throws IOException, InterruptedException {
    Files.deleteIfExists(log);
    process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    awaitListening(log);
  }

  /** Stops the server; {@link #restart()} starts it again. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Prometheus logs "Server is ready to receive web requests" once the TSDB is open and the API
   * answers.
   */
  private void awaitListening(Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "prometheus exited with " + process.exitValue() + ": " + Files.readString(log));
      }
      if (Files.readString(log).contains("Server is ready to receive web requests")) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(
        "prometheus did not become ready in 30 s: " + Files.readString(log));
  }

  private static void run(List<String> command, Path log) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(
          String.join(" ", command) + " failed: " + Files.readString(log, StandardCharsets.UTF_8));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
