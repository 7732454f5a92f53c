package dev.fleetscope.runtime.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.cost.allocation.NodeCostAllocator;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.runtime.fleet.TinyFleet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TinyFleet}: one m6i.4xlarge (16 cores, 64 GiB, 0.768 USD/h) and workload api of team shop,
 * model recommender-v2, 2 pods each requesting 1 core and 2 GiB. By OpenCost's default ratios
 * (0.031611 USD per core-hour, 0.004237 per GiB-hour) the node's GiB-hour costs 0.768 / (16 ×
 * 0.031611 / 0.004237 + 64) and its core-hour 0.031611 / 0.004237 times that.
 */
class AllocationBreakdownTest {
  private static final double PER_GIB = 0.768 / (16 * (0.031611 / 0.004237) + 64);
  private static final double PER_CORE = PER_GIB * (0.031611 / 0.004237);
  private static final double HOURS = HourlyPrice.HOURS_PER_MONTH;

  @Test
  void chargesRequestsWhenUseIsBelowThemAndKeepsTheRestAsIdle() {
    AllocationSummary summary = summary(0.5, TinyFleet.GIB);
    double api =
        2 * PER_CORE
            + 4 * PER_GIB; // 2 × (1 core, 2 GiB) requested; 0.5 core and 1 GiB used per pod
    Breakdown byTeam = AllocationBreakdown.of(summary, CostDimension.TEAM);
    assertEquals(
        List.of("shop", AllocationBreakdown.IDLE),
        byTeam.rows().stream().map(BreakdownRow::key).toList());
    assertEquals(api * HOURS, byTeam.rows().get(0).amount(), 1e-9);
    assertEquals((0.768 - api) * HOURS, byTeam.rows().get(1).amount(), 1e-9);
    assertTrue(byTeam.rows().get(1).idle());
    assertEquals(0.768 * HOURS, byTeam.total(), 1e-9); // workloads plus idle are the node's price
    assertEquals((0.768 - api) / 0.768, summary.idleShare(), 1e-12);
    assertTrue(byTeam.perMonth());
    assertEquals("USD", byTeam.currency().orElseThrow().getCurrencyCode());
  }

  @Test
  void chargesUseWhenItIsAboveTheRequest() {
    double api =
        2 * 1.5 * PER_CORE + 4 * PER_GIB; // 1.5 cores used per pod beat the 1 core requested
    Breakdown byModel = AllocationBreakdown.of(summary(1.5, TinyFleet.GIB), CostDimension.MODEL);
    assertEquals("recommender-v2", byModel.rows().getFirst().key());
    assertEquals(api * HOURS, byModel.rows().getFirst().amount(), 1e-9);
  }

  @Test
  void namesEachDimensionsKeyAndSaysWhereItRuns() {
    AllocationSummary summary = summary(0.5, TinyFleet.GIB);
    assertEquals(
        "lab", AllocationBreakdown.of(summary, CostDimension.CLUSTER).rows().getFirst().key());
    BreakdownRow shop = AllocationBreakdown.of(summary, CostDimension.NAMESPACE).rows().getFirst();
    assertEquals("shop", shop.key());
    // CPU 2 × 0.031247 = 0.062494 and memory 4 × 0.004188 = 0.016753 of 0.079247 per hour.
    assertEquals("CPU 79% · memory 21% · GPU 0% · in lab", shop.detail());
  }

  private static AllocationSummary summary(double cpuNowPerPod, double memoryNowPerPod) {
    return AllocationSummary.of(
        new NodeCostAllocator().allocate(TinyFleet.snapshot(cpuNowPerPod, memoryNowPerPod, 0.5)),
        HourlyPrice.USD);
  }
}
