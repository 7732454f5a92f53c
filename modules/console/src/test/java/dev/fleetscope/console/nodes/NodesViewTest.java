package dev.fleetscope.console.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.ConsoleApp;
import dev.fleetscope.console.ConsoleOptions;
import dev.fleetscope.console.FxAwait;
import dev.fleetscope.console.Keys;
import dev.fleetscope.console.QuietDesktop;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import dev.fleetscope.runtime.changes.ChangeSetup;
import dev.fleetscope.runtime.changes.ClusterWriters;
import dev.fleetscope.runtime.changes.RightsizingObserver;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.nodes.ProviderComparison;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Nodes view as a user meets it (TestFX on Monocle), on the demo fleet at a fixed instant with
 * its 14 days of history, so the engine recommends and every cluster is packed as in the console;
 * prices from the bundled snapshot (the data folder is empty).
 */
class NodesViewTest {
  private static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");
  private static DemoFleetSource demo;

  @TempDir Path config;
  private final FxRobot robot = new FxRobot();
  private Application app;

  @BeforeAll
  static void recordDemoHistoryOnce() throws Exception {
    FxToolkit.registerPrimaryStage();
    demo =
        new DemoFleetSource(
            Simulator.DEFAULT_SEED, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMillis(500));
    demo.awaitHistory();
  }

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
      ConsoleApp.awaitClosed();
    }
  }

  @Test
  void showsEveryClusterTodayAndProposedOnOnePriceSourceAndEachPoolsGpus() throws Exception {
    openNodes(false);
    TableView<ScenarioRow> clusters = clusters();
    assertEquals(
        List.of("aws-prod-use1", "gke-train-usc1", "aks-ds-weu", "Fleet"),
        clusters.getItems().stream().map(ScenarioRow::cluster).toList());
    assertTrue(
        text("#nodes-prices").contains("instance price snapshot as of 2026-01-19"),
        text("#nodes-prices"));
    // on a laptop's 1280×800 screen every cluster and the fleet's total stay in view
    javafx.stage.Window window = clusters.getScene().getWindow();
    robot.interact(
        () -> {
          window.setWidth(1280);
          window.setHeight(800);
        });
    WaitForAsyncUtils.waitForFxEvents();
    double rowsShown = (clusters.getHeight() - 30) / clusters.getFixedCellSize();
    assertTrue(rowsShown >= 4, "the table shows " + rowsShown + " of its 4 rows");
    ScenarioRow fleet = clusters.getItems().getLast();
    assertEquals(375, fleet.todayNodes());
    assertTrue(fleet.perHour() < fleet.todayPerHour(), fleet.toString());
    assertTrue(fleet.perHour() >= fleet.lowerBound(), fleet.toString());
    double recommendedMix = fleet.perHour();

    robot.clickOn("#nodes-requests-today");
    await(() -> clusters().getItems().getLast().perHour() != recommendedMix);
    assertTrue(clusters().getItems().getLast().perHour() > recommendedMix);
    robot.clickOn("#nodes-requests-recommended");

    robot.interact(() -> clusters().getSelectionModel().select(1)); // gke-train-usc1
    await(() -> pools().getItems().size() == 4);
    TableView<PoolProposal> pools = pools();
    String gpus =
        pools.getItems().stream()
            .map(p -> ((PoolTable) pools).cluster().pool(p.pool()).describeGpus())
            .filter(g -> g.contains("MIG"))
            .findFirst()
            .orElseThrow();
    assertEquals("1 × NVIDIA A100-SXM4-40GB · MIG 1g.5gb×7", gpus);
    robot.interact(() -> pools.getSelectionModel().select(0));
    WaitForAsyncUtils.waitForFxEvents();
    TableView<?> moves = robot.lookup("#nodes-moves").queryAs(TableView.class);
    assertEquals(pools.getItems().getFirst().moves().size(), moves.getItems().size());
  }

  @Test
  void exportsAPoolAsAKarpenterNodePoolIntoTheChosenFolderInReadOnlyMode() throws Exception {
    openNodes(true);
    robot.interact(() -> clusters().getSelectionModel().select(0)); // aws-prod-use1
    await(() -> !pools().getItems().isEmpty());
    Path folder = Files.createDirectories(config.resolve("yaml"));
    TabPane detail = robot.lookup("#nodes-pool-detail").queryAs(TabPane.class);
    robot.interact(() -> detail.getSelectionModel().select(2));
    TextField where = robot.lookup("#nodes-export-folder").queryAs(TextField.class);
    robot.interact(() -> where.setText(folder.toString()));
    robot.clickOn("#nodes-export");
    await(() -> text("#nodes-export-result").startsWith("Wrote "));

    String pool = pools().getSelectionModel().getSelectedItem().pool();
    Path file =
        folder.resolve(("aws-prod-use1-" + pool).replace('.', '-') + "-karpenter-nodepool.yaml");
    assertTrue(Files.exists(file), text("#nodes-export-result"));
    assertTrue(Files.readString(file).contains("kind: NodePool"));
    assertTrue(text("#nodes-export-result").endsWith("nothing was sent to the cluster)"));
  }

  @Test
  void comparesANamespaceOnEveryCloudInTheChosenRegions() throws Exception {
    openNodes(false);
    robot.interact(() -> clusters().getSelectionModel().select(0));
    TabPane detail = robot.lookup("#nodes-pool-detail").queryAs(TabPane.class);
    robot.interact(() -> detail.getSelectionModel().select(3));
    @SuppressWarnings("unchecked")
    ComboBox<ProviderComparison.Selection> what =
        robot.lookup("#nodes-clouds-what").queryAs(ComboBox.class);
    robot.interact(
        () ->
            what.setValue(
                what.getItems().stream()
                    .filter(s -> s.name().equals("recsys-serving"))
                    .findFirst()
                    .orElseThrow()));
    robot.clickOn("#nodes-clouds-compare");
    TableView<?> table = robot.lookup("#nodes-clouds-table").queryAs(TableView.class);
    await(() -> table.getItems().size() == 3);
    List<String> clouds =
        table.getItems().stream()
            .map(c -> ((ProviderComparison.ProviderCost) c).provider().displayName())
            .toList();
    assertEquals(List.of("AWS", "Google Cloud", "Azure"), clouds);
    assertTrue(text("#nodes-clouds-status").startsWith("The namespace recsys-serving: "));
  }

  @Test
  void theOverviewAndTheCostViewShowNodeLevelBesideRequestLevelSavings() throws Exception {
    open(false);
    await(() -> text("#overview-savings-nodes").endsWith("USD/month"));
    assertTrue(text("#overview-savings-requests").endsWith("USD/month"));
    assertTrue(
        text("#overview-savings-detail")
            .contains("nodes: recommended requests packed on the cheapest mix"),
        text("#overview-savings-detail"));
    String nodes = text("#overview-savings-nodes");
    Keys.type(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
    await(() -> robot.lookup("#cost-node-savings").tryQuery().isPresent());
    assertEquals(nodes, text("#cost-node-savings") + " " + text("#cost-node-savings-unit"));
  }

  private void open(boolean readOnly) throws Exception {
    LiveFleet fleet = new LiveFleet(List.of(demo), Clock.fixed(NOW, ZoneOffset.UTC));
    fleet.pollOnce(demo);
    fleet.start();
    AppDirs dirs = new AppDirs(config, config.resolve("data"));
    ChangeSetup changes =
        ChangeSetup.forUser(dirs, new ClusterWriters(), readOnly, RightsizingObserver.NONE);
    QuietDesktop.in(config); // alerts in the corner would cover what the robot clicks
    app =
        FxToolkit.setupApplication(
            () ->
                new ConsoleApp(
                    new ConsoleOptions(
                            fleet,
                            PipelineSetup.none(Clock.fixed(NOW, ZoneOffset.UTC)),
                            dirs,
                            false,
                            Instant.now(),
                            System.out)
                        .withChanges(changes)));
  }

  /** Opens the console on the Nodes view (Ctrl+9) and waits for the packing. */
  private void openNodes(boolean readOnly) throws Exception {
    open(readOnly);
    Keys.type(robot, KeyCode.CONTROL, KeyCode.DIGIT9);
    await(() -> robot.lookup("#nodes-clusters").tryQuery().isPresent());
    await(() -> clusters().getItems().size() == 4);
  }

  @SuppressWarnings("unchecked")
  private TableView<ScenarioRow> clusters() {
    return robot.lookup("#nodes-clusters").queryAs(TableView.class);
  }

  @SuppressWarnings("unchecked")
  private TableView<PoolProposal> pools() {
    return robot.lookup("#nodes-pools").queryAs(TableView.class);
  }

  private String text(String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  /** Waits for the condition, then for the FX thread to finish drawing the state that met it. */
  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(120, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
