package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.prometheus.PrometheusServer;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.connections.ConnectedSources;
import dev.fleetscope.runtime.connections.ConnectionsStore;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.OpenMetricsHistory;
import dev.fleetscope.simulator.Simulator;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console against the Debian Prometheus: a Prometheus added in the Connections view, over two
 * demo workloads' fortnight backfilled with promtool up to now, is tested (its version and the
 * metrics it lacks), saved, and shown in the Overview beside the demo fleet as a cluster of its
 * own; stopped, the cluster goes stale visibly; restarted on its port, it is live again.
 */
@ExtendWith(FxWatchdog.class)
class RealPrometheusConsoleIT {
  private static final String CLUSTER = "prom-lab";

  @TempDir Path dir;
  private final FxRobot robot = new FxRobot();
  private PrometheusServer prometheus;
  private LiveFleet fleet;
  private Application app;

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
      ConsoleApp.awaitClosed();
    }
    if (prometheus != null) {
      prometheus.close();
    }
  }

  @Test
  void aPrometheusAddedInConnectionsShowsItsClusterGoesStaleWhenItStopsAndRecovers()
      throws Exception {
    PrometheusServer.assumeInstalled();
    Instant end = Instant.ofEpochSecond(Instant.now().getEpochSecond() / 60 * 60);
    DemoFleetSource demo =
        new DemoFleetSource(
            Simulator.DEFAULT_SEED, Clock.fixed(end, ZoneOffset.UTC), Duration.ofSeconds(1));
    demo.awaitHistory();
    Path history = dir.resolve("demo.om");
    Set<WorkloadRef> two = twoSmallDeployments(demo.simulator().snapshot("demo"));
    try (Writer out = Files.newBufferedWriter(history)) {
      new OpenMetricsHistory(demo.simulator(), two::contains, Duration.ofMinutes(1)).write(out);
    }
    prometheus = PrometheusServer.start(PrometheusServer.backfill(history, dir), null);

    FxToolkit.registerPrimaryStage();
    fleet = new LiveFleet(List.of(), Clock.systemUTC());
    ConnectedSources sources =
        new ConnectedSources(
            new ConnectionsStore(new AppDirs(dir, dir)),
            fleet,
            () -> demo,
            Map.of("KUBECONFIG", dir.resolve("none.yaml").toString()),
            dir,
            Clock.systemUTC());
    sources.start();
    fleet.start();
    QuietDesktop.in(dir); // alerts in the corner would cover what the robot clicks
    app =
        FxToolkit.setupApplication(
            () ->
                new ConsoleApp(
                    new ConsoleOptions(
                            fleet,
                            PipelineSetup.none(Clock.systemUTC()),
                            new AppDirs(dir, dir),
                            false,
                            Instant.now(),
                            System.out)
                        .withConnections(sources)));

    Keys.type(robot, KeyCode.CONTROL, KeyCode.DIGIT7);
    await(() -> robot.lookup("#prometheus-add").tryQuery().isPresent());
    robot.clickOn("#prometheus-add");
    robot.clickOn("#prometheus-url").write(prometheus.url());
    robot.clickOn("#prometheus-cluster-name").write(CLUSTER);
    robot.doubleClickOn("#prometheus-refresh").write("5");
    robot.clickOn("#prometheus-test");
    await(() -> robot.lookup("#test-missing").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    String summary = robot.lookup("#test-summary").queryAs(Label.class).getText();
    assertTrue(
        summary.startsWith("Prometheus 2.") && summary.endsWith("· cluster " + CLUSTER), summary);
    assertEquals(
        "Rightsizing can work with this server.",
        robot.lookup("#test-verdict").queryAs(Label.class).getText());
    List<String> missing =
        robot.lookup("#test-missing").query().lookupAll(".label").stream()
            .map(n -> ((Label) n).getText())
            .toList();
    assertTrue(
        missing.contains(
            "✗ kube_node_status_allocatable — node capacity (kube-state-metrics) (optional)"),
        missing.toString());
    robot.clickOn("#prometheus-save");

    Keys.type(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
    await(() -> clusterRow(CLUSTER).isPresent() && !detail(CLUSTER).endsWith("· stale"));
    assertTrue(clusterRow("aws-prod-use1").isPresent(), "beside the demo fleet");
    assertTrue(liveDot(CLUSTER));

    prometheus.close();
    await(() -> detail(CLUSTER).endsWith("· stale"));
    assertTrue(!liveDot(CLUSTER));
    Label banner = robot.lookup(".stale-banner").queryAs(Label.class);
    await(() -> banner.isVisible() && banner.getText().contains("connection refused"));
    assertTrue(
        banner
            .getText()
            .startsWith(
                "Prometheus " + prometheus.url().substring("http://".length()) + " is stale"),
        banner.getText());
    assertTrue(!detail("aws-prod-use1").endsWith("· stale"), "the demo fleet stays live");

    prometheus.restart();
    await(() -> !detail(CLUSTER).endsWith("· stale"));
    assertTrue(liveDot(CLUSTER));
  }

  /**
   * Two Deployments of at most two pods without GPUs: a handful of series, backfilled in seconds.
   */
  private static Set<WorkloadRef> twoSmallDeployments(FleetSnapshot fleet) {
    return fleet
        .workloads()
        .filter(
            w ->
                w.kind() == WorkloadKind.DEPLOYMENT
                    && w.pods().size() <= 2
                    && w.gpusPerReplica() == 0)
        .limit(2)
        .map(Workload::ref)
        .collect(Collectors.toSet());
  }

  private Optional<HBox> clusterRow(String name) {
    return robot.lookup(".tile-cluster-row").queryAllAs(HBox.class).stream()
        .filter(
            row ->
                row.lookupAll(".label").stream().anyMatch(l -> ((Label) l).getText().equals(name)))
        .findFirst();
  }

  private String detail(String name) {
    return clusterRow(name)
        .map(
            row ->
                row.lookupAll(".label").stream()
                    .map(l -> ((Label) l).getText())
                    .filter(t -> !t.equals(name))
                    .findFirst()
                    .orElse(""))
        .orElse("");
  }

  private boolean liveDot(String name) {
    return clusterRow(name)
        .map(
            row ->
                row.lookupAll(".source-dot").stream()
                    .map(Node::getStyleClass)
                    .anyMatch(c -> c.contains("live")))
        .orElse(false);
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(40, condition);
  }
}
