package dev.fleetscope.benchmarks.costview;

import dev.fleetscope.cost.allocation.NodeCostAllocator;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.runtime.cost.AllocationBreakdown;
import dev.fleetscope.runtime.cost.AllocationSummary;
import dev.fleetscope.runtime.cost.BillingBreakdown;
import dev.fleetscope.runtime.cost.BillingPicture;
import dev.fleetscope.runtime.cost.Breakdown;
import dev.fleetscope.runtime.cost.CostDimension;
import dev.fleetscope.runtime.cost.DemoBilling;
import dev.fleetscope.simulator.Simulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the Cost view's workers compute on the demo fleet: a breakdown as the switch asks for it
 * (billed ones as a grouped report of the month from the demo bill's store; allocated ones from
 * {@code NodeCostAllocator} on a live snapshot of 460 containers on 372 nodes, allocation
 * included), and the month's outlook with its trend.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx1g"})
public class CostBreakdownBenchmark {
  @Param({"CLUSTER", "SERVICE", "NAMESPACE", "TEAM", "MODEL"})
  public CostDimension dimension;

  private FleetSnapshot snapshot;
  private DemoBilling demo;
  private BillingPicture picture;

  @Setup(Level.Trial)
  public void demoFleetAndBill() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-20T15:00:30Z"), ZoneOffset.UTC);
    snapshot = new Simulator(Simulator.DEFAULT_SEED, clock).snapshot("demo");
    demo =
        DemoBilling.load(snapshot.clusters(), DemoBillingBenchmark.TODAY, Simulator.DEFAULT_SEED);
    picture = outlook();
  }

  @Benchmark
  public Breakdown breakdown() throws Exception {
    if (dimension.billed()) {
      return BillingBreakdown.ofMonth(demo.ledger(), picture, dimension);
    }
    AllocationSummary summary =
        AllocationSummary.of(new NodeCostAllocator().allocate(snapshot), HourlyPrice.USD);
    return AllocationBreakdown.of(summary, dimension);
  }

  @Benchmark
  public BillingPicture outlook() throws Exception {
    return BillingPicture.read(demo.ledger(), "demo", true, DemoBillingBenchmark.TODAY)
        .orElseThrow();
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    demo.close();
  }
}
