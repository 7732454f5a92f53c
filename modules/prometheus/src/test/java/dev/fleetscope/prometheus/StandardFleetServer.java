package dev.fleetscope.prometheus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;

/**
 * The {@link FixtureFleet#standard standard fixture fleet} in a real Prometheus, backfilled and
 * started once for all integration tests of a run (each start costs a promtool run and a server
 * start) and stopped when the JVM exits.
 */
final class StandardFleetServer {
  private static StandardFleetServer instance;

  final FixtureFleet fleet;
  final PrometheusServer server;

  private StandardFleetServer(FixtureFleet fleet, PrometheusServer server) {
    this.fleet = fleet;
    this.server = server;
  }

  /** The running server; skips the calling test, saying why, when Prometheus is not installed. */
  static synchronized StandardFleetServer get() throws IOException, InterruptedException {
    PrometheusServer.assumeInstalled();
    if (instance == null) {
      Instant end = Instant.ofEpochSecond(Instant.now().getEpochSecond() / 3600 * 3600 - 3600);
      FixtureFleet fleet = FixtureFleet.standard(end);
      Path dir = Files.createTempDirectory("fleetscope-prometheus-it");
      Path file = dir.resolve("fleet.om");
      FixtureWriter.write(fleet).write(file);
      PrometheusServer server = PrometheusServer.start(PrometheusServer.backfill(file, dir), null);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.close();
                    delete(dir);
                  }));
      instance = new StandardFleetServer(fleet, server);
    }
    return instance;
  }

  /**
   * Another server holding the same fleet, for a test that needs it started differently (with a
   * {@code --web.config.file} or a small {@code --query.max-samples}); the caller closes it.
   */
  PrometheusServer another(Path dir, Path webConfig, String... flags)
      throws IOException, InterruptedException {
    Path file = dir.resolve("fleet.om");
    FixtureWriter.write(fleet).write(file);
    return PrometheusServer.start(PrometheusServer.backfill(file, dir), webConfig, flags);
  }

  /**
   * Settings for the server: a multi-cluster Prometheus telling clusters apart by {@code cluster}.
   */
  ConnectionSettings settings() {
    return ConnectionSettings.forUrl(server.url())
        .withLabels(LabelNames.STANDARD.withClusterLabel("cluster"));
  }

  private static void delete(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
