package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.FleetSource;
import dev.fleetscope.runtime.changes.ChangeSetup;
import dev.fleetscope.runtime.changes.ClusterWriters;
import dev.fleetscope.runtime.changes.RightsizingObserver;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.runtime.serving.FleetServing;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console as a wall screen shows it (TestFX on Monocle): views in turn, nothing to navigate or
 * edit.
 */
@ExtendWith(FxWatchdog.class)
class WallScreenTest {
  private static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");
  private static Simulator simulator;

  @TempDir Path config;
  private final FxRobot robot = new FxRobot();
  private Application app;

  @BeforeAll
  static void demoFleet() throws Exception {
    FxToolkit.registerPrimaryStage();
    simulator = new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
      ConsoleApp.awaitClosed();
    }
  }

  private ConsoleOptions options(boolean readOnly) {
    return options(readOnly, PipelineSetup.none(Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  private ConsoleOptions options(boolean readOnly, PipelineSetup pipelines) {
    return options(readOnly, pipelines, new DemoWithoutHistory(simulator, Duration.ofSeconds(1)));
  }

  private ConsoleOptions options(boolean readOnly, PipelineSetup pipelines, FleetSource demo) {
    LiveFleet fleet = new LiveFleet(List.of(demo), Clock.fixed(NOW, ZoneOffset.UTC));
    fleet.pollOnce(demo);
    fleet.start();
    AppDirs dirs = new AppDirs(config, config);
    return new ConsoleOptions(fleet, pipelines, dirs, false, Instant.now(), System.out)
        .withChanges(
            ChangeSetup.forUser(dirs, new ClusterWriters(), readOnly, RightsizingObserver.NONE));
  }

  @Test
  void showsItsViewsInTurnFullScreenWithoutNavigationOrEditing() throws Exception {
    ConsoleOptions wall =
        options(true)
            .onWall(new ScreenMode.Wall(List.of("overview", "drift"), Duration.ofSeconds(2)));
    app = FxToolkit.setupApplication(() -> new ConsoleApp(wall));
    await(() -> shown("#overview-board"));
    assertTrue(robot.lookup("#nav-overview").tryQuery().isEmpty(), "no navigation on a wall");
    assertTrue(robot.lookup("#tile-clusters").tryQuery().isEmpty(), "a board, not the tiles");
    assertTrue(text("#wall-view").startsWith("Overview  1/2"), text("#wall-view"));
    assertTrue(((Stage) robot.lookup("#wall-bar").query().getScene().getWindow()).isFullScreen());
    // The demo fleet answered at NOW on the fleet's clock, and is live.
    await(() -> text("#wall-data-age").equals("data 0 s ago"));
    assertFalse(robot.lookup("#wall-data-age").query().getStyleClass().contains("stale-amber"));
    // Each card says how old its own data is: the fleet's cards their live demo fleet, the
    // pipeline card that this wall has no pipeline source.
    await(() -> tileAges().stream().filter("data 0 s ago"::equals).count() == 5);
    List<String> ages = tileAges();
    assertEquals(6, ages.size(), ages.toString());
    assertTrue(ages.contains("no sources"), ages.toString());
    // without the attention board beside it, the Overview's headline says what fires
    awaitHeadline("#overview-board", "Nothing needs attention|\\d+ alerts? firing");

    await(() -> shown("#drift-board-headline")); // the next view comes by itself
    assertTrue(text("#wall-view").startsWith("Drift  2/2"), text("#wall-view"));
    assertTrue(robot.lookup("#drift-add").tryQuery().isEmpty(), "a board in place of the view");

    Keys.type(robot, KeyCode.SPACE);
    await(() -> text("#wall-next").equals("paused · Space resumes"));
    // A turn may have ended just before the key arrived (a loaded machine): what matters is that
    // the
    // view shown once paused stays.
    WaitForAsyncUtils.waitForFxEvents();
    String paused = text("#wall-view").strip();
    Thread.sleep(2_500); // longer than a turn: paused, the view stays
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(paused, text("#wall-view").strip());
    Keys.type(robot, KeyCode.RIGHT);
    String other = paused.startsWith("Drift") ? "Overview  1/2" : "Drift  2/2";
    await(() -> text("#wall-view").startsWith(other));
    Keys.type(robot, KeyCode.CONTROL, KeyCode.DIGIT2); // numbered as the wall shows them
    await(() -> shown("#drift-board-headline"));
  }

  /**
   * Pipelines, Drift, Cost, Serving and Utilization on a wall are boards of their worst few items
   * in large type, each tile saying how old its data is, all of it above the wall's source strip.
   */
  @Test
  void theViewsAreBoardsReadFromAcrossTheRoom() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ConsoleOptions wall =
        options(true, PipelineSetup.demo(Simulator.DEFAULT_SEED, clock))
            .withServing(FleetServing.demo(simulator))
            .onWall(
                new ScreenMode.Wall(
                    List.of("pipelines", "drift", "cost", "serving", "utilization"),
                    Duration.ofMinutes(5)));
    app = FxToolkit.setupApplication(() -> new ConsoleApp(wall));

    awaitHeadline("#pipelines-board", "\\d+ runs? failed in 24 h|No failed runs in 24 h");
    readableAndAboveTheStrip("#pipelines-board");
    Keys.type(robot, KeyCode.RIGHT);
    awaitHeadline("#drift-board", "\\d+ of \\d+ models drift|No drift in \\d+ models");
    readableAndAboveTheStrip("#drift-board");
    Keys.type(robot, KeyCode.RIGHT);
    awaitHeadline("#cost-board", "[\\d,.]+ USD forecast for November 2026");
    await(() -> robot.lookup("#cost-board .wall-tile").queryAll().size() >= 3);
    readableAndAboveTheStrip("#cost-board");
    Keys.type(robot, KeyCode.RIGHT);
    awaitHeadline(
        "#serving-board",
        "\\d+ of \\d+ models (failing requests|slower than usual)|\\d+ models? · .+ req/s");
    readableAndAboveTheStrip("#serving-board");
    Keys.type(robot, KeyCode.RIGHT);
    awaitHeadline("#utilization-board", "CPU \\d+% of requested in use");
    readableAndAboveTheStrip("#utilization-board");
  }

  /** Waits until the board is shown with a headline matching {@code regex}. */
  private void awaitHeadline(String board, String regex) throws Exception {
    Callable<String> headline =
        () ->
            robot
                .lookup(board + "-headline")
                .tryQuery()
                .map(n -> ((Label) n).getText())
                .orElse(board + " not shown");
    FxAwait.until(
        60,
        () -> headline.call().matches(regex),
        () -> {
          try {
            return headline.call();
          } catch (Exception e) {
            return e.toString();
          }
        });
  }

  private void readableAndAboveTheStrip(String board) throws Exception {
    WaitForAsyncUtils.waitForFxEvents(); // the styles of the last update are applied
    List<String> problems =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  List<String> found = new ArrayList<>();
                  // a board still filling in (drift computed model by model) may have been
                  // redrawn since the last pulse: its new labels are styled as the next pulse would
                  robot.lookup(board).query().applyCss();
                  for (Node figure : robot.lookup(board + " .wall-figure").queryAll()) {
                    double size = ((Label) figure).getFont().getSize();
                    if (size < 48) {
                      found.add(((Label) figure).getText() + " is " + size + " px, under 48 px");
                    }
                  }
                  int tiles = robot.lookup(board + " .wall-tile").queryAll().size();
                  boolean cards = !robot.lookup(board + " .wall-card").queryAll().isEmpty();
                  if (tiles > (cards ? WallBoard.CARDS : WallBoard.SHOWN)) {
                    found.add(tiles + " tiles: a wall board shows a handful at most");
                  }
                  for (Label age : robot.lookup(board + " .tile-age").queryAllAs(Label.class)) {
                    if (age.getText().isBlank()) {
                      found.add("a tile without the age of its data");
                    }
                  }
                  Node footer = robot.lookup(board + "-footer").query();
                  Node strip = robot.lookup("#source-strip").query();
                  double bottom = footer.localToScene(footer.getBoundsInLocal()).getMaxY();
                  double stripTop = strip.localToScene(strip.getBoundsInLocal()).getMinY();
                  if (bottom > stripTop) {
                    found.add("the footer ends at " + bottom + ", under the strip at " + stripTop);
                  }
                  return found;
                })
            .get(10, TimeUnit.SECONDS);
    assertEquals(List.of(), problems, board);
  }

  /**
   * The wall's Overview is a board of its own: what fires in the headline, the worst named below,
   * and six figures on cards that keep their places, in type read from across the room.
   */
  @Test
  void theOverviewOnAWallIsABoardOfSixFiguresHeadedByWhatFires() throws Exception {
    // with its history the demo fleet has OOM kills: alerts fire
    DemoFleetSource demo =
        new DemoFleetSource(
            Simulator.DEFAULT_SEED, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(1));
    demo.awaitHistory();
    ConsoleOptions wall =
        options(
                true,
                PipelineSetup.demo(Simulator.DEFAULT_SEED, Clock.fixed(NOW, ZoneOffset.UTC)),
                demo)
            .onWall(new ScreenMode.Wall(List.of("overview"), Duration.ofMinutes(5)));
    app = FxToolkit.setupApplication(() -> new ConsoleApp(wall));
    awaitHeadline("#overview-board", "\\d+ alerts firing");
    await(() -> text("#overview-board-footer").contains("worst: "));
    readableAndAboveTheStrip("#overview-board");
    List<String> subjects =
        WaitForAsyncUtils.asyncFx(
                () ->
                    robot.lookup("#overview-board .wall-card").queryAll().stream()
                        .map(card -> ((Label) card.lookup(".wall-caption")).getText())
                        .toList())
            .get(10, TimeUnit.SECONDS);
    assertEquals(
        List.of(
            "Clusters live",
            "CPU in use",
            "Memory in use",
            "GPUs idle",
            "Fleet cost, USD/hour",
            "Pipeline runs failed, 24 h"),
        subjects);
  }

  @Test
  void theAttentionBoardSaysWhatFiresInTypeReadableFromAcrossTheRoom() throws Exception {
    ConsoleOptions wall =
        options(true)
            .onWall(new ScreenMode.Wall(List.of("attention", "overview"), Duration.ofMinutes(5)));
    app = FxToolkit.setupApplication(() -> new ConsoleApp(wall));
    await(() -> shown("#attention-board-headline"));
    assertTrue(text("#wall-view").startsWith("Needs attention  1/2"), text("#wall-view"));
    // the rules are judged after the first live frame: the board says so until then, then what
    // fires or that nothing does, and when it was judged
    await(
        () ->
            text("#attention-board-footer").startsWith("judged at")
                || text("#attention-board-footer").contains("more · judged at"));
    WaitForAsyncUtils.waitForFxEvents(); // the styles of the last update are applied
    String headline = text("#attention-board-headline");
    assertTrue(
        headline.endsWith(" firing") || headline.equals("Nothing needs attention"), headline);
    for (Node figure : robot.lookup("#attention-board .wall-figure").queryAll()) {
      double size = ((Label) figure).getFont().getSize();
      assertTrue(size >= 48, ((Label) figure).getText() + " is " + size + " px, under 48 px");
    }
    int tiles = robot.lookup("#attention-board .wall-tile").queryAll().size();
    assertTrue(tiles <= 5, tiles + " tiles: a wall board shows a handful at most");
    assertEquals(headline.endsWith(" firing"), tiles > 0, headline + " with " + tiles + " tiles");

    Keys.type(robot, KeyCode.RIGHT);
    awaitHeadline("#overview-board", "Nothing needs attention|\\d+ alerts? firing");
  }

  @Test
  void aWallMustNotBeAbleToChangeAClusterAndAsksForReadOnlyChanges() {
    ScreenMode.Wall wall =
        new ScreenMode.Wall(ScreenMode.Wall.DEFAULT_VIEWS, ScreenMode.Wall.DEFAULT_EVERY);
    ConsoleOptions writable = options(false);
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> writable.onWall(wall));
    assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
    writable.fleet().close();
  }

  private boolean shown(String id) {
    return robot
        .lookup(id)
        .tryQuery()
        .map(n -> n.getScene() != null && n.isVisible())
        .orElse(false);
  }

  private String text(String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  /** The data ages in the tiles' corners, read on the FX thread. */
  private List<String> tileAges() throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () ->
                robot.lookup(".tile-age").queryAllAs(Label.class).stream()
                    .map(Label::getText)
                    .toList())
        .get(10, TimeUnit.SECONDS);
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(30, condition);
  }
}
