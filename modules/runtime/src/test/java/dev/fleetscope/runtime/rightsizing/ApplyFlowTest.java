package dev.fleetscope.runtime.rightsizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.apply.ApplyEvent;
import dev.fleetscope.apply.Refusal.GuardRail;
import dev.fleetscope.apply.RunControl;
import dev.fleetscope.engine.Sizing;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.runtime.changes.ChangeSetup;
import dev.fleetscope.runtime.changes.ClusterWriters;
import dev.fleetscope.runtime.changes.RightsizingObserver;
import dev.fleetscope.runtime.fleet.TinyFleet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chosen rows to plan, preview, dry run, audited run and rollback, on TinyFleet's cluster
 * (TinyClusterWriter stand-in).
 */
class ApplyFlowTest {
  private static final long GIB = TinyFleet.GIB;

  /**
   * A day at 0.2 cores; memory 1 GiB throughout, so the guard rails want every limit at 1.05 GiB or
   * more.
   */
  private static final FleetSnapshot DAY = TinyFleet.snapshot(0.2, GIB, day());

  @TempDir Path dir;
  private final TinyClusterWriter cluster = new TinyClusterWriter();
  private ApplyFlow flow;

  private static double[] day() {
    double[] cpu = new double[1440];
    Arrays.fill(cpu, 0.2);
    return cpu;
  }

  @BeforeEach
  void open() {
    ClusterWriters writers = new ClusterWriters();
    writers.register("lab", cluster);
    flow =
        new ApplyFlow(
            new ChangeSetup(writers, dir.resolve("audit.db"), false, RightsizingObserver.NONE));
  }

  @AfterEach
  void close() {
    flow.close();
  }

  /**
   * The row the table shows for api/main, recommending 0.25 cores and {@code memory} bytes as
   * request and limit.
   */
  private static RecommendationRow row(long memory) {
    Sizing current = Sizing.of(1, 2, 2 * GIB, 4 * GIB);
    Sizing proposed = Sizing.of(0.25, Double.POSITIVE_INFINITY, memory, memory);
    return new RecommendationRow(
        TinyFleet.API.container("main"),
        "shop",
        "recommender-v2",
        2,
        current,
        proposed,
        30,
        Currency.getInstance("USD"),
        1440,
        0.004,
        0,
        0,
        0.2,
        "steady",
        "",
        true);
  }

  @Test
  void plansTheChosenRowsAgainstWhatTheClusterHoldsAndPreviewsTheDiffAndTheRestarts() {
    // 1.5 GiB = 1536Mi clears the 1 GiB peak plus 5%; the CPU limit goes, as the recommendation has
    // none
    ApplyStage.Planned planned = flow.plan(List.of(row(1536L << 20)), ApplySettings.DEFAULT, DAY);

    assertEquals(1, planned.plan().changes().size());
    assertTrue(planned.plan().refusals().isEmpty(), planned.plan().refusals().toString());
    assertEquals(
        """
        Deployment shop/api (cluster lab)
          - name: main
            resources:
              requests:
        -         cpu: 1
        +         cpu: 250m
        -         memory: 2Gi
        +         memory: 1536Mi
              limits:
        -         cpu: 2
        -         memory: 4Gi
        +         memory: 1536Mi
          restarts 2 pods: api-1, api-2
        """,
        planned.preview());
    assertEquals(0, planned.unchanged());
    assertTrue(planned.dryRun().isEmpty());
  }

  @Test
  void aMemoryLimitBelowTheObservedPeakIsRefusedWithTheGuardRailsSentence() {
    ApplyStage.Planned planned = flow.plan(List.of(row(900L << 20)), ApplySettings.DEFAULT, DAY);

    assertTrue(planned.plan().changes().isEmpty());
    assertEquals(1, planned.plan().refusals().size());
    var refusal = planned.plan().refusals().getFirst();
    assertEquals(GuardRail.MEMORY_PEAK, refusal.rule());
    assertEquals("lab/shop/api/main", refusal.target());
    assertEquals(
        "memory 900 MiB is below the observed peak 1.00 GiB plus 5.0% (1.05 GiB)",
        refusal.message());
  }

  @Test
  void aRowThatAlreadyHoldsItsRecommendationIsCountedNotChanged() {
    RecommendationRow same =
        new RecommendationRow(
            TinyFleet.API.container("main"),
            "shop",
            "",
            2,
            Sizing.of(1, 2, 2 * GIB, 4 * GIB),
            Sizing.of(1, 2, 2 * GIB, 4 * GIB),
            0,
            Currency.getInstance("USD"),
            1440,
            0,
            0,
            0,
            0.2,
            "steady",
            "",
            true);
    ApplyStage.Planned planned = flow.plan(List.of(same), ApplySettings.DEFAULT, DAY);
    assertTrue(planned.plan().changes().isEmpty());
    assertEquals(1, planned.unchanged());
  }

  @Test
  void dryRunThenAnAuditedRunThenARollbackRestoringTheExactPreviousQuantities() {
    ApplyStage.Planned planned =
        flow.dryRun(flow.plan(List.of(row(1536L << 20)), ApplySettings.DEFAULT, DAY));
    assertTrue(planned.dryRunPassed());
    assertEquals("accepted (dry run)", planned.dryRun().orElseThrow().getFirst().message());

    List<ApplyEvent> events = new ArrayList<>();
    RunRecord run =
        flow.execute(
            "apply 1 workload(s) from the console",
            planned.plan().planned(planned.method()),
            ApplySettings.DEFAULT.options(),
            events::add,
            new RunControl());
    assertEquals(RunOutcome.Kind.COMPLETED, run.outcome().orElseThrow().kind());
    assertEquals(ChangeState.ROLLED_OUT, run.changes().getFirst().state());
    assertEquals(Map.of("cpu", "250m", "memory", "1536Mi"), cluster.main().requests());

    AuditHistory history = flow.history();
    assertEquals(1, history.toRollBack(history.runs().getFirst()).size());
    RunRecord rollback =
        flow.execute(
            "rollback of run " + run.id(),
            flow.rollbacks(history.toRollBack(history.runs().getFirst())),
            ApplySettings.DEFAULT.rollbackOptions(),
            e -> {},
            new RunControl());
    assertEquals(RunOutcome.Kind.COMPLETED, rollback.outcome().orElseThrow().kind());
    assertEquals(TinyClusterWriter.NOW, cluster.main());
    AuditHistory after = flow.history();
    assertTrue(
        after.toRollBack(after.runs().get(1)).isEmpty(),
        "a rolled-back run offers no second rollback");
  }

  @Test
  void aChangeMadeSinceThePreviewStopsTheRunAsAConflict() {
    ApplyStage.Planned planned =
        flow.dryRun(flow.plan(List.of(row(1536L << 20)), ApplySettings.DEFAULT, DAY));
    // someone applies the same change by hand between the dry run and the run
    flow.execute(
        "by hand",
        planned.plan().planned(planned.method()),
        ApplySettings.DEFAULT.options(),
        e -> {},
        new RunControl());

    RunRecord run =
        flow.execute(
            "apply",
            planned.plan().planned(planned.method()),
            ApplySettings.DEFAULT.options(),
            e -> {},
            new RunControl());
    assertEquals(RunOutcome.Kind.STOPPED, run.outcome().orElseThrow().kind());
    assertEquals(ChangeState.FAILED, run.changes().getFirst().state());
    assertTrue(
        run.changes().getFirst().latest().detail().startsWith("CONFLICT"),
        run.changes().getFirst().latest().detail());
    assertEquals(1, cluster.applied);
  }
}
