package dev.fleetscope.console.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.ConsoleApp;
import dev.fleetscope.console.ConsoleOptions;
import dev.fleetscope.console.DemoWithoutHistory;
import dev.fleetscope.console.FxAwait;
import dev.fleetscope.console.FxWatchdog;
import dev.fleetscope.console.Keys;
import dev.fleetscope.console.QuietDesktop;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.cost.AllocationBreakdown;
import dev.fleetscope.runtime.cost.BreakdownRow;
import dev.fleetscope.runtime.cost.CostDimension;
import dev.fleetscope.runtime.cost.SmallBill;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.simulator.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Cost view as a user meets it, on the demo fleet at a fixed instant, headless (TestFX on
 * Monocle). The demo fleet here skips its usage history (the savings are not looked at), so each
 * test starts in a second, and runs no pipelines, whose failure notifications would pop up over the
 * sources panel the tests click in.
 */
@ExtendWith(FxWatchdog.class)
class CostViewTest {
  private static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");

  @TempDir Path config;
  private final FxRobot robot = new FxRobot();
  private Application app;

  @BeforeAll
  static void registerStage() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
      ConsoleApp.awaitClosed();
    }
  }

  @Test
  void opensOnTheDemoFleetWithMonthToDateRunRateAndForecastInUsd() throws Exception {
    openCost();
    assertEquals("USD", text("#cost-mtd-unit"));
    assertEquals("USD/day", text("#cost-run-rate-unit"));
    assertEquals("USD", text("#cost-forecast-unit"));
    // Exports lag a day: the 20th is billed through the 19th, leaving 11 days of November at the
    // run rate.
    assertEquals("for Nov 1–19, 2026", text("#cost-mtd-detail"));
    assertEquals("for all of November 2026", text("#cost-forecast-detail"));
    double monthToDate = number("#cost-mtd");
    double runRate = number("#cost-run-rate");
    assertTrue(monthToDate > 19 * 1000, "the demo fleet costs thousands a day: " + monthToDate);
    // Figures of 1,000 and more are shown in whole USD: off by up to 0.5 each, the run rate's 11
    // times over.
    assertEquals(monthToDate + 11 * runRate, number("#cost-forecast"), 0.5 + 11 * 0.5 + 0.5);
    assertTrue(text("#cost-source").contains("demo billing export"), text("#cost-source"));
    assertEquals("USD/hour", text("#cost-node-cost-unit"));
    assertTrue(text("#cost-idle-detail").contains("USD/month"), text("#cost-idle-detail"));
  }

  @Test
  void theBreakdownSwitchChangesTheChartAndTheTable() throws Exception {
    openCost();
    TableView<BreakdownRow> table = table();
    await(
        () -> keys(table).size() == 3 && table.getColumns().getFirst().getText().equals("Cluster"));
    assertEquals(
        List.of("aks-ds-weu", "aws-prod-use1", "gke-train-usc1"),
        keys(table).stream().sorted().toList());
    assertEquals("Cost (USD)", table.getColumns().get(1).getText());
    assertEquals(3, bars());

    robot.clickOn("#cost-dimension-team");
    await(
        () ->
            table.getColumns().getFirst().getText().equals("Team")
                && keys(table).contains(AllocationBreakdown.IDLE));
    assertEquals("Cost (USD/month)", table.getColumns().get(1).getText());
    assertTrue(keys(table).containsAll(List.of("recsys", "vision")), keys(table).toString());
    assertEquals(1, robot.lookup(".cost-idle-bar").queryAll().size(), "idle is a bar of its own");
    assertTrue(table.getItems().getLast().idle(), "idle comes last, not spread over the teams");
    // beside the allocation's long basis, in a window of a laptop's width, the heading and the
    // switch's labels stay whole
    Window window = table.getScene().getWindow();
    robot.interact(() -> window.setWidth(1280));
    WaitForAsyncUtils.waitForFxEvents();
    List<Labeled> labels = new ArrayList<>();
    labels.addAll(robot.lookup(".cost-breakdown .cost-section-title").queryAllAs(Labeled.class));
    labels.addAll(robot.lookup(".cost-switch .toggle-button").queryAllAs(Labeled.class));
    assertEquals(1 + CostDimension.values().length, labels.size());
    for (Labeled label : labels) {
      assertTrue(
          label.getWidth() >= label.prefWidth(-1) - 0.5,
          label.getText() + " cut short: " + label.getWidth() + " < " + label.prefWidth(-1));
    }

    robot.clickOn("#cost-dimension-service");
    await(() -> keys(table).contains("Compute Engine"));
    assertTrue(
        keys(table).containsAll(List.of("Amazon Elastic Compute Cloud", "Virtual Machines")),
        keys(table).toString());
    assertTrue(robot.lookup(".cost-idle-bar").queryAll().isEmpty());
  }

  @Test
  void importingAMalformedFileShowsItsLineAndColumnAndImportsNothing() throws Exception {
    Path bad =
        new SmallBill()
            .charge(LocalDate.of(2026, 11, 2), "Compute", "12.00", "alpha")
            .line(
                "2026-11-01T00:00:00Z,2026-12-01T00:00:00Z,2026-11-03T00:00:00Z,2026-11-04T00:00:00Z,acct-1,USD,"
                    + "twelve,12.00,16.00,Usage,Acme Cloud,Compute,")
            .write(config.resolve("bad-export.csv"));
    openCost();
    String before = text("#cost-mtd");
    importPath(bad);
    Label activity = robot.lookup("#cost-activity").queryAs(Label.class);
    await(() -> activity.getStyleClass().contains("cost-failed"));
    assertTrue(
        activity.getText().contains("bad-export.csv, line 3, column BilledCost: 'twelve'"),
        activity.getText());
    assertTrue(activity.getText().endsWith("nothing was imported."), activity.getText());
    assertFalse(
        Files.exists(config.resolve("cost-sources.json")),
        "a refused export is not kept as a source");
    assertEquals(before, text("#cost-mtd"), "the demo bill is still shown");
  }

  @Test
  void importingTheSameExportAgainIsReportedAsSkipped() throws Exception {
    // November 1-10: 405.00 USD, the 10th its last day (see SmallBill).
    Path export = SmallBill.november().write(config.resolve("november.csv"));
    openCost();
    importPath(export);
    Label activity = robot.lookup("#cost-activity").queryAs(Label.class);
    await(() -> activity.getText().startsWith("Imported 1 file (22 charges)"));
    await(() -> text("#cost-mtd").equals("405.00"));
    assertEquals("for Nov 1–10, 2026", text("#cost-mtd-detail"));
    assertTrue(Files.readString(config.resolve("cost-sources.json")).contains("november.csv"));

    robot.clickOn("#cost-reimport");
    await(() -> activity.getText().startsWith("Skipped"));
    assertEquals(
        "Skipped 1 file already imported (november.csv): nothing was counted twice.",
        activity.getText());
    assertEquals("405.00", text("#cost-mtd"));
  }

  @Test
  void configuredExportsAreKeptAndImportedAgainWhenTheConsoleReopens() throws Exception {
    Path export = SmallBill.november().write(config.resolve("november.csv"));
    openCost();
    importPath(export);
    await(() -> text("#cost-mtd").equals("405.00"));
    FxToolkit.cleanupApplication(app);
    ConsoleApp.awaitClosed();

    openCost();
    Label activity = robot.lookup("#cost-activity").queryAs(Label.class);
    await(() -> activity.getText().startsWith("Skipped"));
    assertEquals("405.00", text("#cost-mtd"));
    assertTrue(text("#cost-source").contains("november.csv"), text("#cost-source"));
  }

  @Test
  void anOpenCostThatFailsLeavesTheNodePriceBreakdownAndSaysWhy() throws Exception {
    try (MockWebServer openCost = new MockWebServer()) {
      openCost.start();
      openCost.enqueue(
          new MockResponse.Builder()
              .code(500)
              .body("{\"code\":500,\"message\":\"prometheus unreachable\"}")
              .build());
      openCost();
      TextField url = robot.lookup("#cost-opencost-url").queryAs(TextField.class);
      robot.interact(() -> url.setText(openCost.url("/").toString()));
      robot.clickOn("#cost-opencost-add");
      await(() -> Files.exists(config.resolve("cost-sources.json")));
      assertTrue(
          Files.readString(config.resolve("cost-sources.json"))
              .contains("\"kind\" : \"opencost\""));
      robot.clickOn("#cost-dimension-namespace");
      Label note = robot.lookup(".cost-note").queryAs(Label.class);
      await(() -> note.getText().contains("prometheus unreachable"));
      assertTrue(
          note.getText().contains("showing node prices allocated by request instead"),
          note.getText());
      assertTrue(keys(table()).contains(AllocationBreakdown.IDLE));
    }
  }

  @Test
  void theOverviewsCostTileOpensTheCostView() throws Exception {
    open();
    robot.clickOn("#tile-fleet-cost-node-prices-");
    await(() -> robot.lookup("#cost-mtd").tryQuery().map(n -> n.getScene() != null).orElse(false));
  }

  private void open() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    FleetSource demo =
        new DemoWithoutHistory(
            new Simulator(Simulator.DEFAULT_SEED, clock), Duration.ofMillis(500));
    LiveFleet fleet = new LiveFleet(List.of(demo), clock);
    fleet.pollOnce(demo);
    fleet.start();
    QuietDesktop.in(config); // alerts in the corner would cover what the robot clicks
    app =
        FxToolkit.setupApplication(
            () ->
                new ConsoleApp(
                    new ConsoleOptions(
                        fleet,
                        PipelineSetup.none(clock),
                        new AppDirs(config, config),
                        false,
                        Instant.now(),
                        System.out)));
  }

  /** Opens the console and the Cost view by its shortcut, and waits for the demo bill. */
  private void openCost() throws Exception {
    open();
    Keys.type(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
    await(() -> robot.lookup("#cost-mtd").tryQuery().isPresent() && !text("#cost-mtd").equals("—"));
  }

  private void importPath(Path path) {
    TextField field = robot.lookup("#cost-focus-path").queryAs(TextField.class);
    robot.interact(() -> field.setText(path.toString()));
    robot.clickOn("#cost-focus-import");
  }

  private String text(String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private double number(String query) {
    return Double.parseDouble(text(query).replace(",", ""));
  }

  @SuppressWarnings("unchecked")
  private TableView<BreakdownRow> table() {
    return robot.lookup("#cost-breakdown-table").queryAs(TableView.class);
  }

  private static List<String> keys(TableView<BreakdownRow> table) {
    return table.getItems().stream().map(BreakdownRow::key).toList();
  }

  @SuppressWarnings("unchecked")
  private int bars() {
    BarChart<Number, String> chart = robot.lookup("#cost-breakdown-chart").queryAs(BarChart.class);
    return chart.getData().getFirst().getData().size();
  }

  /** Waits for the condition, then for the FX thread to finish drawing the state that met it. */
  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(60, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
