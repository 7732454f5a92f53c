package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.drift.ColumnRow;
import dev.fleetscope.console.drift.ModelRow;
import dev.fleetscope.console.utilization.UsageRow;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import dev.fleetscope.simulator.inference.DemoInferenceLogs;
import dev.fleetscope.simulator.inference.DriftScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The Drift view as a user meets it, on the demo fleet at a fixed instant, headless (TestFX on
 * Monocle).
 */
@ExtendWith(FxWatchdog.class)
class DriftConsoleTest {
  private static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");
  private static Simulator simulator;

  @TempDir Path config;
  private final FxRobot robot = new FxRobot();
  private Application app;

  private static int modelCount;
  private static long driftingCount;

  @BeforeAll
  static void demoFleet() throws Exception {
    FxToolkit.registerPrimaryStage();
    simulator = new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(NOW, ZoneOffset.UTC));
    DemoInferenceLogs logs = DemoInferenceLogs.startingAt(Simulator.DEFAULT_SEED, NOW);
    List<String> names =
        simulator
            .snapshot(DemoFleetSource.ID)
            .workloads()
            .filter(w -> w.kind() == WorkloadKind.DEPLOYMENT && w.model().isPresent())
            .map(w -> w.model().orElseThrow())
            .distinct()
            .toList();
    modelCount = names.size();
    driftingCount = names.stream().filter(n -> logs.scenario(n) != DriftScenario.STABLE).count();
  }

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
      ConsoleApp.awaitClosed();
    }
  }

  private void openDrift() throws Exception {
    FleetSource demo = new DemoWithoutHistory(simulator, Duration.ofSeconds(1));
    LiveFleet fleet = new LiveFleet(List.of(demo), Clock.fixed(NOW, ZoneOffset.UTC));
    fleet.pollOnce(demo);
    fleet.start();
    QuietDesktop.in(config); // alerts in the corner would cover what the robot clicks
    app =
        FxToolkit.setupApplication(
            () ->
                new ConsoleApp(
                    new ConsoleOptions(
                        fleet,
                        PipelineSetup.none(Clock.fixed(NOW, ZoneOffset.UTC)),
                        new AppDirs(config, config),
                        false,
                        Instant.now(),
                        System.out)));
    Keys.type(robot, KeyCode.CONTROL, KeyCode.DIGIT5);
    await(
        () ->
            robot.lookup("#drift-models").tryQuery().map(n -> n.getScene() != null).orElse(false));
  }

  @Test
  void listsTheDemoModelsDriftingFirstAndMarksTheirWorkloads() throws Exception {
    openDrift();
    TableView<ModelRow> models = table("#drift-models");
    await(
        () ->
            models.getItems().size() == modelCount
                && models.getItems().stream()
                    .noneMatch(r -> r.status() == ModelRow.Status.PENDING));
    assertEquals(ModelRow.Status.DATASET_DRIFT, models.getItems().getFirst().status());
    assertEquals(ModelRow.Status.NO_DRIFT, models.getItems().getLast().status());
    Label summary = robot.lookup("#drift-summary").queryAs(Label.class);
    await(() -> summary.getText().equals(driftingCount + " of " + modelCount + " models drifting"));
    assertTrue(robot.lookup(".drift-status.dataset-drift").tryQuery().isPresent());

    Keys.type(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
    @SuppressWarnings("unchecked")
    TreeTableView<UsageRow> utilization =
        robot.lookup("#utilization-table").queryAs(TreeTableView.class);
    await(() -> !utilization.getRoot().getChildren().isEmpty());
    robot.interact(
        () ->
            utilization
                .getRoot()
                .getChildren()
                .getFirst()
                .getChildren()
                .getFirst()
                .setExpanded(true));
    await(
        () ->
            robot.lookup("#utilization-table .drift-status").queryAll().stream()
                .anyMatch(Node::isVisible));
    List<String> markers =
        robot.lookup("#utilization-table .drift-status").queryAllAs(Label.class).stream()
            .filter(Node::isVisible)
            .map(Label::getText)
            .toList();
    assertTrue(
        markers.stream().allMatch(t -> t.equals("drift") || t.matches("drift \\d/8")),
        markers.toString());
  }

  @Test
  void selectingAModelFillsItsColumnsAndAColumnDrawsBothWindows() throws Exception {
    openDrift();
    TableView<ModelRow> models = table("#drift-models");
    await(
        () ->
            models.getItems().size() == modelCount
                && models.getItems().stream()
                    .noneMatch(r -> r.status() == ModelRow.Status.PENDING));
    ModelRow drifting =
        models.getItems().get(3); // not the first: the view selects that one by itself
    assertEquals(ModelRow.Status.DATASET_DRIFT, drifting.status());
    // selected as a click does; on a busy machine a robot's click can land on a row's tooltip
    // instead
    robot.interact(() -> models.getSelectionModel().select(drifting));
    Label name = robot.lookup("#drift-model-name").queryAs(Label.class);
    TableView<ColumnRow> columns = table("#drift-columns");
    await(
        () -> name.getText().equals(drifting.name()) && columns.getItems().size() == 8,
        () ->
            "shown "
                + name.getText()
                + " with "
                + columns.getItems().size()
                + " columns; selected "
                + models.getSelectionModel().getSelectedItem());
    assertEquals(5, columns.getItems().stream().filter(ColumnRow::drift).count());

    ColumnRow device =
        columns.getItems().stream()
            .filter(r -> r.column().equals("device"))
            .findFirst()
            .orElseThrow();
    robot.interact(() -> columns.getSelectionModel().select(device));
    @SuppressWarnings("unchecked")
    BarChart<String, Number> bars = robot.lookup("#drift-distribution").queryAs(BarChart.class);
    await(() -> bars.getTitle().startsWith("device") && bars.getData().size() == 2);
    XYChart.Series<String, Number> reference = bars.getData().get(0);
    XYChart.Series<String, Number> current = bars.getData().get(1);
    assertTrue(
        reference.getName().startsWith("reference") && current.getName().startsWith("current"));
    assertEquals(
        List.of("desktop", "mobile", "tablet"),
        reference.getData().stream().map(XYChart.Data::getXValue).toList());
    assertEquals(
        100,
        reference.getData().stream().mapToDouble(d -> d.getYValue().doubleValue()).sum(),
        1e-9);
    double mobileThen = reference.getData().get(1).getYValue().doubleValue();
    double mobileNow = current.getData().get(1).getYValue().doubleValue();
    assertTrue(
        mobileNow > mobileThen + 10,
        "the holiday season brings phones: " + mobileThen + " % then " + mobileNow + " % now");

    @SuppressWarnings("unchecked")
    LineChart<Number, Number> history = robot.lookup("#drift-history").queryAs(LineChart.class);
    await(
        () -> history.getData().size() == 2 && history.getData().getFirst().getData().size() == 14);
  }

  @Test
  void aBadFileGivesAMessageAndTheOtherModelsStay() throws Exception {
    Path reference =
        Files.writeString(config.resolve("reference.csv"), "score,country\n0.1,DE\n0.7\n");
    Path current = Files.writeString(config.resolve("current.csv"), "score,country\n0.2,FR\n");
    openDrift();
    robot.clickOn("#drift-add");
    await(() -> robot.lookup("#source-name").tryQuery().isPresent());
    robot.clickOn("#source-ok");
    Label problems = robot.lookup("#source-problems").queryAs(Label.class);
    await(problems::isVisible);
    assertTrue(problems.getText().contains("Give the source a name."), problems.getText());

    robot.clickOn("#source-name").write("offline eval");
    robot.clickOn("Reference and current files");
    // what Browse… does once the user has picked the files
    robot.interact(
        () ->
            robot
                .lookup("#source-reference")
                .queryAs(TextField.class)
                .setText(reference.toString()));
    robot.interact(
        () -> robot.lookup("#source-current").queryAs(TextField.class).setText(current.toString()));
    robot.clickOn("#source-ok");
    Label failure = robot.lookup("#drift-failure").queryAs(Label.class);
    await(failure::isVisible);
    assertTrue(
        failure.getText().startsWith(reference + ": ") && failure.getText().contains("Line: 3"),
        failure.getText());
    TableView<ModelRow> models = table("#drift-models");
    await(
        () ->
            models.getItems().size() == modelCount + 1
                && models.getSelectionModel().getSelectedItem() != null
                && models.getSelectionModel().getSelectedItem().status() == ModelRow.Status.FAILED);
    assertEquals("offline eval", models.getSelectionModel().getSelectedItem().name());
    assertTrue(Files.readString(config.resolve("drift-sources.json")).contains(current.toString()));
  }

  @SuppressWarnings("unchecked")
  private <T> TableView<T> table(String id) {
    return robot.lookup(id).queryAs(TableView.class);
  }

  /** Waits for a condition checked on the FX thread, which owns the nodes and lists it reads. */
  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(30, condition);
  }

  private static void await(Callable<Boolean> condition, java.util.function.Supplier<String> state)
      throws Exception {
    FxAwait.until(30, condition, state);
  }
}
