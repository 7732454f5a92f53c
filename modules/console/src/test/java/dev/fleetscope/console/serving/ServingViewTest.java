package dev.fleetscope.console.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.ConsoleApp;
import dev.fleetscope.console.ConsoleOptions;
import dev.fleetscope.console.FxAwait;
import dev.fleetscope.console.Keys;
import dev.fleetscope.console.QuietDesktop;
import dev.fleetscope.console.ScreenMode;
import dev.fleetscope.console.WallBoard;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.ServerKind;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.runtime.changes.ChangeSetup;
import dev.fleetscope.runtime.changes.ClusterWriters;
import dev.fleetscope.runtime.changes.RightsizingObserver;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.runtime.rightsizing.RecommendationRow;
import dev.fleetscope.runtime.serving.FleetServing;
import dev.fleetscope.runtime.serving.ServingBoard.Line;
import dev.fleetscope.runtime.serving.ServingSeries;
import dev.fleetscope.runtime.serving.ServingText;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.DemoServing;
import dev.fleetscope.simulator.Simulator;
import eu.hansolo.tilesfx.Tile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The Serving view, the Overview's serving tile and the latency beside a rightsizing, as a user
 * meets them on the demo fleet at a fixed instant with its history recorded (TestFX on Monocle).
 * Figures are checked against the simulator's own ({@link DemoServing}) for the window the view
 * shows.
 */
class ServingViewTest {
  private static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");

  /** The demo's degrading model for the default seed (the simulator's DemoServers). */
  private static final String DEGRADING = "aws-prod-use1/recsys-serving/ranker-api/ranker-v9";

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

  private ConsoleOptions options() {
    LiveFleet fleet = new LiveFleet(List.of(demo), Clock.fixed(NOW, ZoneOffset.UTC));
    fleet.pollOnce(demo);
    fleet.start();
    return new ConsoleOptions(
            fleet,
            PipelineSetup.none(Clock.fixed(NOW, ZoneOffset.UTC)),
            new AppDirs(config, config.resolve("data")),
            false,
            Instant.now(),
            System.out)
        .withServing(FleetServing.demo(demo.simulator()));
  }

  private void open(ConsoleOptions options) throws Exception {
    QuietDesktop.in(config);
    app = FxToolkit.setupApplication(() -> new ConsoleApp(options));
  }

  @Test
  void listsEveryDemoModelWithItsFiguresInUnitsAndSparklinesOfTwelveWindows() throws Exception {
    open(options());
    showServing();
    Instant end = ServingSeries.alignedEnd(NOW, Duration.ofMinutes(5));
    Map<String, UnitPrices> prices =
        demo.poll().clusters().stream().collect(Collectors.toMap(Cluster::name, UnitPrices::of));
    ServingSnapshot expected =
        new DemoServing(demo.simulator())
            .snapshot(end, Duration.ofHours(1), c -> Optional.ofNullable(prices.get(c)));
    TableView<Line> table = table();
    await(() -> table.getItems().size() == expected.models().size() && sparklines(table));
    for (ModelServing m : expected.models()) {
      Line line =
          table.getItems().stream()
              .filter(l -> l.id().equals(m.model().id()))
              .findFirst()
              .orElseThrow();
      assertEquals(m, line.serving(), m.model().toString());
      assertEquals(12, line.requestsPerSecond().length);
    }
    ModelServing first = expected.models().getFirst();
    assertEquals(
        ServingText.perSecond(first.requestsPerSecond().orElseThrow()),
        cellText("serving-requests-s", 0));
    assertTrue(
        cellText("serving-cost-per-hour", 0).endsWith(" USD"),
        cellText("serving-cost-per-hour", 0));
    assertTrue(
        text("#serving-requests").endsWith("/s over the last 1 h"), text("#serving-requests"));
    assertTrue(text("#serving-per-1k").endsWith(" USD"), text("#serving-per-1k"));
    assertEquals(Integer.toString(expected.models().size()), text("#serving-models"));
    assertTrue(
        text("#serving-caption").contains("sparklines: 12 windows of 5 min"),
        text("#serving-caption"));
    assertFalse(
        robot.lookup("#serving-notes").query().isVisible(), "history recorded: nothing to note");

    TextField filter = robot.lookup("#serving-filter").queryAs(TextField.class);
    robot.interact(() -> filter.setText("triton"));
    await(
        () ->
            !table.getItems().isEmpty()
                && table.getItems().stream()
                    .allMatch(l -> l.serving().model().server() == ServerKind.TRITON));
    assertTrue(cellText("serving-p99", 0).startsWith("mean "), "Triton exports no percentiles");
  }

  @Test
  void theDegradingModelsLatencyRisesWithLoadWhileItsCpuStaysFarBelowItsRequest() throws Exception {
    open(options());
    showServing();
    @SuppressWarnings("unchecked")
    ComboBox<Duration> window = robot.lookup("#serving-window").queryAs(ComboBox.class);
    robot.interact(() -> window.setValue(Duration.ofHours(24)));
    TableView<Line> table = table();
    await(() -> text("#serving-caption").contains("12 windows of 2 h"));
    robot.interact(
        () ->
            table
                .getSelectionModel()
                .select(
                    table.getItems().stream()
                        .filter(l -> l.id().equals(DEGRADING))
                        .findFirst()
                        .orElseThrow()));
    await(() -> !text("#serving-verdict").isEmpty());
    String verdict = text("#serving-verdict");
    assertTrue(verdict.startsWith("ranker-v9 (OpenTelemetry): p99 latency"), verdict);
    assertTrue(verdict.contains("load, not CPU starvation"), verdict);
    assertTrue(
        text("#serving-trend-title")
            .startsWith("ranker-v9 · OpenTelemetry · aws-prod-use1 / recsys-serving / ranker-api"),
        text("#serving-trend-title"));
  }

  @Test
  void theOverviewTileSumsTheModelsAndOpensTheServingView() throws Exception {
    open(options());
    // the console reopens on the view a test before left (settings.json): show the Overview first
    robot.clickOn("#nav-overview");
    Tile tile = robot.lookup("#tile-model-serving").queryAs(Tile.class);
    await(() -> tile.getText().contains("per 1,000 requests"));
    assertTrue(tile.getValue() > 0);
    assertTrue(tile.getDescription().contains("models, last 1 h"), tile.getDescription());
    assertTrue(
        tile.getDescription().matches("(?s).*worst p99 .+ · \\S+ / \\S+"),
        "the model named namespace / name, so a long one wraps at its slash: "
            + tile.getDescription());
    robot.clickOn(tile);
    await(() -> shown("#serving-table"));
  }

  /** A wall shows serving as a board: the worst five models of the same reading, in large type. */
  @Test
  void aWallScreenShowsServingAsABoard() throws Exception {
    AppDirs dirs = new AppDirs(config, config.resolve("data"));
    open(
        options()
            .withChanges(
                ChangeSetup.forUser(dirs, new ClusterWriters(), true, RightsizingObserver.NONE))
            .onWall(new ScreenMode.Wall(List.of("serving"), Duration.ofSeconds(30))));
    await(
        () ->
            shown("#serving-board-headline")
                && robot.lookup("#serving-board .wall-tile").queryAll().size() == WallBoard.SHOWN);
    String headline = text("#serving-board-headline");
    assertTrue(
        headline.matches(
            "\\d+ of \\d+ models (failing requests|slower than usual)|\\d+ models · .+ req/s"),
        headline);
    assertTrue(robot.lookup("#serving-table").tryQuery().isEmpty(), "not the desktop table");
  }

  @Test
  void theDegradingModelsRecommendationWarnsThatItsLatencyRoseWithCpu() throws Exception {
    open(options());
    Keys.type(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
    TextField filter = robot.lookup("#recommendations-filter").queryAs(TextField.class);
    robot.interact(() -> filter.setText("recsys-serving"));
    @SuppressWarnings("unchecked")
    TableView<RecommendationRow> table =
        robot.lookup("#recommendations-table").queryAs(TableView.class);
    await(() -> find(table, "ranker-api", "server").isPresent());
    robot.interact(
        () -> table.getSelectionModel().select(find(table, "ranker-api", "server").orElseThrow()));
    Label latency = robot.lookup("#recommendations-latency").queryAs(Label.class);
    await(() -> latency.getText().startsWith("Latency under load"));
    assertTrue(latency.getText().contains("⚠ ranker-v9 (OpenTelemetry)"), latency.getText());
    assertTrue(latency.getText().contains("of the recommended request"), latency.getText());
    assertTrue(latency.getStyleClass().contains("under"), "a warning is red");
    assertTrue(robot.lookup("#recommendations-latency-chart").query().isVisible());

    robot.interact(
        () ->
            table
                .getSelectionModel()
                .select(find(table, "candidate-gen-server", "server").orElseThrow()));
    await(() -> latency.getText().contains("candidate-gen-v2"));
    assertTrue(latency.getText().endsWith("Latency held."), latency.getText());
    assertFalse(latency.getStyleClass().contains("under"));
  }

  private static Optional<RecommendationRow> find(
      TableView<RecommendationRow> table, String workload, String container) {
    return table.getItems().stream()
        .filter(
            r ->
                r.ref().workload().name().equals(workload) && r.ref().container().equals(container))
        .findFirst();
  }

  private void showServing() throws Exception {
    Keys.type(robot, KeyCode.CONTROL, KeyCode.DIGIT8);
    await(() -> shown("#serving-table"));
  }

  @SuppressWarnings("unchecked")
  private TableView<Line> table() {
    return robot.lookup("#serving-table").queryAs(TableView.class);
  }

  private static boolean sparklines(TableView<Line> table) {
    return table.getItems().stream().allMatch(l -> l.requestsPerSecond().length == 12);
  }

  /**
   * The text the cell of {@code column} shows in the table's row {@code row}, once the row has its
   * cells: a new snapshot lays the rows out again (a CI run once read them in between).
   */
  private String cellText(String column, int row) throws Exception {
    AtomicReference<String> text = new AtomicReference<>();
    FxAwait.until(
        10,
        () -> {
          findCellText(column, row).ifPresent(text::set);
          return text.get() != null;
        });
    return text.get();
  }

  private Optional<String> findCellText(String column, int row) {
    return robot.lookup("#serving-table .table-row-cell").queryAll().stream()
        .filter(r -> ((javafx.scene.control.TableRow<?>) r).getIndex() == row)
        .flatMap(r -> ((javafx.scene.Parent) r).getChildrenUnmodifiable().stream())
        .filter(
            c ->
                c instanceof javafx.scene.control.TableCell<?, ?> cell
                    && column.equals(cell.getTableColumn().getId()))
        .map(c -> ((javafx.scene.control.TableCell<?, ?>) c).getText())
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  private boolean shown(String id) {
    Node node = robot.lookup(id).tryQuery().orElse(null);
    return node != null && node.isVisible() && node.getScene() != null;
  }

  private String text(String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(60, condition);
  }
}
