package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.UserActivity;
import dev.fleetscope.runtime.changes.ChangeSetup;
import dev.fleetscope.runtime.changes.ClusterWriters;
import dev.fleetscope.runtime.changes.RightsizingObserver;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.connections.ConnectedSources;
import dev.fleetscope.runtime.connections.ConnectionsStore;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.runtime.serving.FleetServing;
import dev.fleetscope.runtime.updates.DailyUpdateCheck;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A wall screen left on for a day (TestFX on Monocle): the demo fleet, its pipelines, drift logs,
 * bill and model servers on one clock that the test moves twenty minutes at a time, the next wall
 * view shown at each step, and the heap after a full collection measured once every bounded cache
 * has filled and again 24 simulated hours later. Issue 12's budget: at most 5 % growth.
 */
@ExtendWith(FxWatchdog.class)
class WallForADayTest {
  private static final Instant START = Instant.parse("2026-11-20T06:00:00Z");

  /**
   * Long enough for every bounded cache to fill (the serving readings' 96 windows, the drift
   * outcomes' 256): what they hold is the console's steady state, not growth.
   */
  private static final Duration WARM_UP = Duration.ofHours(8);

  private static final Duration DAY = Duration.ofHours(24);
  private static final Duration STEP = Duration.ofMinutes(20);

  /** Every view a wall can show, so a board added later is left on for a day too. */
  private static final List<String> VIEWS = ScreenMode.Wall.VIEWS.stream().sorted().toList();

  @TempDir Path config;
  private final FxRobot robot = new FxRobot();
  private Application app;

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
      ConsoleApp.awaitClosed();
    }
  }

  @Test
  void rotatingEveryViewForTwentyFourSimulatedHoursKeepsTheHeapFlat() throws Exception {
    FxToolkit.registerPrimaryStage();
    // What the test JVM holds before the console exists (other test classes' leftovers share the
    // fork): growth is judged against the console's own heap, not against theirs.
    long before = heapAfterFullCollection();
    MutableClock clock = new MutableClock(START);
    // Polled by the test alone: each poll records the minutes the clock moved on.
    DemoFleetSource demo = new DemoFleetSource(Simulator.DEFAULT_SEED, clock, Duration.ofDays(1));
    demo.awaitHistory();
    LiveFleet fleet = new LiveFleet(List.of(demo), clock);
    fleet.pollOnce(demo);
    AppDirs dirs = new AppDirs(config, config.resolve("data"));
    Host host = new Host(dirs, clock, Map.of(), Simulator.DEFAULT_SEED);
    ConsoleOptions wall =
        new ConsoleOptions(
            fleet,
            PipelineSetup.demo(Simulator.DEFAULT_SEED, clock),
            host,
            false,
            Instant.now(),
            System.out,
            ChangeSetup.forUser(dirs, new ClusterWriters(), true, RightsizingObserver.NONE),
            new ConnectedSources(new ConnectionsStore(dirs), fleet, () -> demo, Map.of(), clock),
            // the views turn when the test says, not on the rotation's own timer
            new ScreenMode.Wall(VIEWS, Duration.ofDays(1)),
            FleetServing.demo(demo.simulator()),
            DailyUpdateCheck.OFF,
            () -> {},
            new UserActivity());
    app = FxToolkit.setupApplication(() -> new ConsoleApp(wall));

    long warm = 0;
    long steps = WARM_UP.plus(DAY).dividedBy(STEP);
    long warmAt = WARM_UP.dividedBy(STEP);
    for (long step = 1; step <= steps; step++) {
      clock.advance(STEP);
      fleet.pollOnce(demo);
      Keys.type(robot, KeyCode.RIGHT);
      if (step == warmAt) {
        warm = heapAfterFullCollection();
      }
    }
    String shown = VIEWS.get((int) (steps % VIEWS.size()));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        robot.lookup("#wall-view").queryAs(Label.class).getText().toLowerCase().contains(shown),
        "the views turned once a step");
    assertEquals(START.plus(WARM_UP).plus(DAY), clock.instant());
    long day = heapAfterFullCollection();
    long console = warm - before;
    double growth = (day - warm) * 100.0 / console;
    System.out.printf(
        "wall for a day: the console's heap after a full collection %d MiB after the warm-up, %d MiB"
            + " a day later (%+.1f %%; %d MiB held before it opened)%n",
        console >> 20, (day - before) >> 20, growth, before >> 20);
    assertTrue(
        growth <= 5,
        "the console's heap grew %.1f %% in a simulated day (%d MiB → %d MiB)"
            .formatted(growth, console >> 20, (day - before) >> 20));
  }

  /**
   * The least of three readings of the used heap, each after a full collection and a moment for the
   * views' workers to finish what the last step started.
   */
  private static long heapAfterFullCollection() throws InterruptedException {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      WaitForAsyncUtils.waitForFxEvents();
      Thread.sleep(300);
      System.gc();
      least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return least;
  }
}
