package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;
import dev.fleetscope.pipelines.live.RunFilter;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.pipelines.DemoPlacements;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.runtime.pipelines.TimelineBar;
import dev.fleetscope.simulator.Simulator;
import dev.fleetscope.simulator.pipelines.DemoPipelines;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Pipelines view and the pipeline tile as a user meets them, on the demo pipelines at a fixed
 * instant (TestFX).
 */
@ExtendWith(FxWatchdog.class)
class PipelinesViewTest {
  private static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final long SEED = Simulator.DEFAULT_SEED;
  private static final List<PipelineRun> DEMO_RUNS = DemoPipelines.runsAt(SEED, NOW);

  @TempDir Path config;
  private final FxRobot robot = new FxRobot();
  private Application app;

  /** Reports the same failed run at every poll, every 50 ms, and counts the polls. */
  private static final class FailingAgain implements PipelineSource {
    final AtomicInteger polls = new AtomicInteger();
    final PipelineRun failed =
        new PipelineRun(
            "lab",
            "nightly-train",
            "run-7",
            Trigger.SCHEDULED,
            RunState.FAILED,
            Optional.of(NOW.minus(Duration.ofHours(1))),
            Optional.of(NOW.minus(Duration.ofMinutes(50))),
            List.of(new FailedTask("train", "CUDA out of memory")),
            Optional.empty());

    @Override
    public String id() {
      return "lab";
    }

    @Override
    public String displayName() {
      return "Lab Airflow";
    }

    @Override
    public Duration interval() {
      return Duration.ofMillis(50);
    }

    @Override
    public List<PipelineRun> poll() {
      polls.incrementAndGet();
      return List.of(failed);
    }
  }

  @BeforeAll
  static void registerStage() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  private ConsoleApp open(PipelineSetup pipelines) throws Exception {
    FleetSource demo = new DemoWithoutHistory(new Simulator(SEED, CLOCK), Duration.ofHours(1));
    LiveFleet fleet = new LiveFleet(List.of(demo), CLOCK);
    fleet.pollOnce(demo);
    fleet.start();
    ConsoleApp console =
        new ConsoleApp(
            new ConsoleOptions(
                fleet, pipelines, new AppDirs(config, config), false, Instant.now(), System.out));
    app = FxToolkit.setupApplication(() -> console);
    return console;
  }

  private void openOnDemo() throws Exception {
    open(PipelineSetup.demo(SEED, CLOCK));
  }

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
      ConsoleApp.awaitClosed();
      await(
          () ->
              robot
                  .lookup(".pipeline-alert")
                  .queryAll()
                  .isEmpty()); // closing the console closes its notifications
    }
  }

  private static long demoRuns(Duration window, Set<RunState> states) {
    RunFilter filter = new RunFilter(Set.of(), Set.of(), states, NOW.minus(window));
    return DEMO_RUNS.stream().filter(r -> filter.test(r, NOW)).count();
  }

  private List<Node> bars() {
    return List.copyOf(robot.lookup(".run-bar").queryAll());
  }

  @Test
  void theTimelineHasABarForEveryDemoRunOfTheDay() throws Exception {
    openOnDemo();
    robot.clickOn("#nav-pipelines");
    long expected = demoRuns(Duration.ofHours(24), Set.of());
    assertTrue(expected > 20, "the demo's hourly ingestion alone runs 24 times a day: " + expected);
    await(() -> bars().size() == expected);
    Label summary = robot.lookup("#pipelines-summary").queryAs(Label.class);
    assertTrue(
        summary.getText().startsWith(expected + " runs in the last 24 h"), summary.getText());
    assertEquals(
        6, robot.lookup(".gantt-lane-name").queryAll().size(), "one lane per demo pipeline");
  }

  @Test
  void pickingFailedNarrowsTheTimelineToTheFailures() throws Exception {
    openOnDemo();
    Keys.type(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
    robot.clickOn("#pipelines-window-168h");
    long week = demoRuns(Duration.ofDays(7), Set.of());
    long failed = demoRuns(Duration.ofDays(7), Set.of(RunState.FAILED));
    assertTrue(
        failed > 0 && failed < week,
        "a week of demo runs has some failures: " + failed + " of " + week);
    await(() -> bars().size() == week);

    robot.clickOn("#state-failed");

    await(() -> bars().size() == failed);
    assertTrue(bars().stream().allMatch(b -> b.getStyleClass().contains("failed")));
    robot.clickOn("#pipelines-clear-filters");
    await(() -> bars().size() == week);
  }

  @Test
  void checkingASourceShowsOnlyItsPipelines() throws Exception {
    openOnDemo();
    robot.clickOn("#nav-pipelines");
    await(() -> bars().size() == demoRuns(Duration.ofHours(24), Set.of()));
    @SuppressWarnings("unchecked")
    CheckComboBox<String> sources = robot.lookup("#pipeline-sources").queryAs(CheckComboBox.class);
    robot.interact(() -> sources.getCheckModel().check("demo-argo"));

    long argo =
        DEMO_RUNS.stream()
            .filter(r -> r.source().equals("demo-argo"))
            .filter(r -> RunFilter.since(NOW.minus(Duration.ofHours(24))).test(r, NOW))
            .count();
    await(() -> bars().size() == argo);
    assertEquals(
        List.of("batch-scoring", "image-embeddings"),
        robot.lookup(".gantt-lane-name").queryAllAs(Label.class).stream()
            .map(Label::getText)
            .toList());
    assertEquals("Demo Argo Workflows", sources.getTitle());
  }

  @Test
  void aFailureIsListedWithItsFailedTaskAndMessage() throws Exception {
    openOnDemo();
    robot.clickOn("#nav-pipelines");
    robot.clickOn("#pipelines-window-168h");
    RunFilter week =
        RunFilter.since(NOW.minus(Duration.ofDays(7))).withStates(Set.of(RunState.FAILED));
    PipelineRun latest =
        DEMO_RUNS.stream()
            .filter(r -> week.test(r, NOW))
            .max(java.util.Comparator.comparing(r -> r.start().orElseThrow()))
            .orElseThrow();
    FailedTask task = latest.failedTasks().getFirst();
    String expected = "✕ " + task.name() + ": " + task.message();
    await(
        () ->
            robot.lookup("#pipeline-failures .failure-task").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(expected)));
  }

  @Test
  void theOverviewTileCountsTheDaysRunsAndOpensThePipelinesView() throws Exception {
    openOnDemo();
    long succeeded = demoRuns(Duration.ofHours(24), Set.of(RunState.SUCCEEDED));
    long failed = demoRuns(Duration.ofHours(24), Set.of(RunState.FAILED));
    await(
        () ->
            robot
                .lookup("#pipeline-count-succeeded")
                .tryQueryAs(Label.class)
                .map(l -> l.getText().equals(succeeded + " succeeded"))
                .orElse(false));
    assertEquals(
        failed + " failed", robot.lookup("#pipeline-count-failed").queryAs(Label.class).getText());

    // its title, not its middle: notifications pop up over the bottom right, where this tile is
    robot.clickOn(
        robot
            .point("#tile-pipeline-runs-last-h")
            .atPosition(Pos.TOP_LEFT)
            .atOffset(new Point2D(30, 20)));
    WaitForAsyncUtils.waitForFxEvents();

    await(
        () ->
            robot
                .lookup("#pipeline-timeline")
                .tryQuery()
                .map(n -> n.getScene() != null)
                .orElse(false));
  }

  @Test
  void aRunsDetailsPriceItsWorkloadsAndLeadToThem() throws Exception {
    openOnDemo();
    robot.clickOn("#nav-pipelines");
    await(() -> bars().stream().anyMatch(PipelinesViewTest::isBatchScoring));
    Node scoring =
        bars().stream().filter(PipelinesViewTest::isBatchScoring).findFirst().orElseThrow();

    robot.clickOn(scoring);

    await(
        () ->
            robot.lookup("#run-details .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().endsWith("USD/hour at the clusters' unit prices")));
    List<String> texts =
        robot.lookup("#run-details .label").queryAllAs(Label.class).stream()
            .map(Label::getText)
            .toList();
    assertTrue(texts.contains("batch-scoring"), texts.toString());
    assertTrue(
        texts.stream().anyMatch(t -> t.matches("\\d+ in gke-train-usc1/batch-scoring")),
        texts.toString());
    assertTrue(
        texts.stream().anyMatch(t -> t.matches("≈ [0-9.,]+ USD/run over \\d+ min \\d\\d s")),
        texts.toString());

    robot.clickOn("#run-show-workloads");

    await(
        () ->
            robot
                .lookup("#utilization-filter")
                .tryQueryAs(TextField.class)
                .map(f -> f.getScene() != null && f.getText().equals("batch-scoring"))
                .orElse(false));
  }

  private List<String> popupTexts() {
    return robot.lookup(".pipeline-alert .label").queryAllAs(Label.class).stream()
        .map(Label::getText)
        .filter(Objects::nonNull)
        .toList();
  }

  private static boolean isBatchScoring(Node bar) {
    return bar.getUserData() instanceof TimelineBar b && b.run().pipeline().equals("batch-scoring");
  }

  @Test
  void oneFailureRaisesOneNotificationAcrossManyPolls() throws Exception {
    FailingAgain lab = new FailingAgain();
    ConsoleApp console = open(new PipelineSetup(List.of(lab), DemoPlacements.all(), CLOCK));
    await(() -> lab.polls.get() >= 8);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(1, console.notifier().shown().get());
    List<Node> popups = List.copyOf(robot.lookup(".pipeline-alert").queryAll());
    assertEquals(1, popups.size(), "one popup on screen");
    PopupWindow popup = (PopupWindow) popups.getFirst().getScene().getWindow();
    assertSame(
        robot.lookup("#nav-overview").query().getScene().getWindow(),
        popup.getOwnerWindow(),
        "shown over the console window");
    try {
      await(() -> popupTexts().stream().anyMatch(t -> t.contains("✕ train: CUDA out of memory")));
    } catch (TimeoutException e) {
      throw new AssertionError("the popup says " + popupTexts(), e); // once skinned
    }
  }

  @Test
  void aUserWhoTurnedDesktopNoticesOffGetsNoneButTheBoardStillShowsTheFailure() throws Exception {
    QuietDesktop.in(config);
    FailingAgain lab = new FailingAgain();
    ConsoleApp console = open(new PipelineSetup(List.of(lab), DemoPlacements.all(), CLOCK));
    await(() -> lab.polls.get() >= 8);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(0, console.notifier().shown().get());
    assertTrue(robot.lookup(".pipeline-alert").queryAll().isEmpty(), "no popup on screen");
    Keys.type(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
    await(
        () ->
            bars().stream()
                .anyMatch(
                    bar ->
                        bar.getUserData() instanceof TimelineBar b
                            && b.run().pipeline().equals("nightly-train")
                            && b.run().state() == RunState.FAILED));
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(20, condition);
  }
}
