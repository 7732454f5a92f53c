package dev.fleetscope.runtime.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.live.ScriptedSource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectedSourcesTest {
  @TempDir Path dir;
  private final ScriptedSource demo = new ScriptedSource("demo", Duration.ofMillis(100));

  private ConnectedSources sources(LiveFleet fleet, Map<String, String> environment) {
    return new ConnectedSources(
        new ConnectionsStore(new AppDirs(dir, dir)),
        fleet,
        () -> demo,
        environment,
        dir,
        Clock.systemUTC());
  }

  @Test
  void startsWithTheDemoFleetAloneWhenNothingIsSaved() {
    try (LiveFleet fleet = new LiveFleet(List.of(), Clock.systemUTC())) {
      sources(fleet, Map.of()).start();
      assertEquals(List.of("demo"), fleet.sourceIds());
    }
  }

  @Test
  void startingConnectsNothingRemoteSoTheFirstFrameNeverWaits() throws Exception {
    int closedPort = closedPort();
    SavedConnections saved =
        SavedConnections.NONE
            .withPrometheus(
                new PrometheusEntry(
                    ConnectionSettings.forUrl("http://127.0.0.1:" + closedPort), SavedAuth.NONE))
            .withKubeconfig(KubeconfigEntry.of(dir.resolve("gone.yaml")).withContext("lab", true));
    new ConnectionsStore(new AppDirs(dir, dir)).save(saved);
    try (LiveFleet fleet = new LiveFleet(List.of(), Clock.systemUTC())) {
      ConnectedSources sources = sources(fleet, Map.of());
      long started = System.nanoTime();
      sources.start();
      fleet.start();
      assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(1));
      assertEquals(
          List.of("demo", "prometheus:127.0.0.1:" + closedPort, "kubernetes:lab"),
          fleet.sourceIds());

      FleetSnapshot s =
          await(
              fleet,
              x ->
                  x.sources().stream()
                      .filter(st -> !st.sourceId().equals("demo"))
                      .allMatch(st -> st.state() == SourceState.FAILED));
      assertEquals(
          1,
          s.clusters().size(),
          "the demo fleet answered; the others failed without holding it up");
      String prometheus = message(s, "prometheus:127.0.0.1:" + closedPort);
      assertTrue(
          prometheus.startsWith(
              "Prometheus 127.0.0.1:"
                  + closedPort
                  + ": Prometheus at http://127.0.0.1:"
                  + closedPort
                  + " could not be reached"),
          prometheus);
      String kubernetes = message(s, "kubernetes:lab");
      assertEquals(
          "Kubernetes lab: the kubeconfig " + dir.resolve("gone.yaml") + " does not exist any more",
          kubernetes);
    }
  }

  @Test
  void anUnsetSecretVariableFailsItsSourceNamingTheVariable() throws Exception {
    try (LiveFleet fleet = new LiveFleet(List.of(), Clock.systemUTC())) {
      ConnectedSources sources = sources(fleet, Map.of());
      fleet.start();
      sources.save(
          SavedConnections.NONE.withPrometheus(
              new PrometheusEntry(
                  ConnectionSettings.forUrl("http://127.0.0.1:9"),
                  new SavedAuth.Bearer(new SecretRef.InEnvironment("PROM_TOKEN")))));
      FleetSnapshot s =
          await(
              fleet,
              x ->
                  x.source("prometheus:127.0.0.1:9")
                      .map(st -> st.state() == SourceState.FAILED)
                      .orElse(false));
      assertEquals(
          "Prometheus 127.0.0.1:9: bearer token: the environment variable PROM_TOKEN is not set",
          message(s, "prometheus:127.0.0.1:9"));
    }
  }

  @Test
  void savingAddsRemovesAndReplacesOnlyWhatChanged() throws Exception {
    try (LiveFleet fleet = new LiveFleet(List.of(), Clock.systemUTC())) {
      ConnectedSources sources = sources(fleet, Map.of());
      sources.start();
      PrometheusEntry a =
          new PrometheusEntry(ConnectionSettings.forUrl("http://127.0.0.1:9"), SavedAuth.NONE);
      sources.save(SavedConnections.NONE.withPrometheus(a).withDemoFleet(false));
      assertEquals(List.of("prometheus:127.0.0.1:9"), fleet.sourceIds());
      assertTrue(demo.closed(), "the demo fleet was switched off");

      sources.save(
          sources
              .current()
              .withPrometheus(new PrometheusEntry(a.settings().withTenant("ml"), SavedAuth.NONE)));
      assertEquals(List.of("prometheus:127.0.0.1:9"), fleet.sourceIds(), "replaced in place");
      assertTrue(Files.readString(dir.resolve("connections.json")).contains("\"tenant\" : \"ml\""));

      sources.save(sources.current().withoutPrometheus("prometheus:127.0.0.1:9"));
      assertEquals(
          List.of("demo"), fleet.sourceIds(), "nothing left connected: the demo fleet is back");
    }
  }

  private static String message(FleetSnapshot s, String sourceId) {
    return s.source(sourceId).flatMap(SourceStatus::message).orElseThrow();
  }

  private static FleetSnapshot await(LiveFleet fleet, Predicate<FleetSnapshot> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (!condition.test(fleet.latest()) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(condition.test(fleet.latest()), "condition not met: " + fleet.latest().sources());
    return fleet.latest();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
