package dev.fleetscope.runtime.fleet;

import static dev.fleetscope.runtime.fleet.TinyFleet.GIB;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.UnitPrices;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetTotalsTest {
  @Test
  void sumsUseAndRequestsOverRunningPodsAgainstAllocatable() {
    FleetTotals t = FleetTotals.of(TinyFleet.snapshot(0.25, 0.5 * GIB, 0.25));
    assertEquals(new FleetTotals.Amounts(0.5, 2, 16), t.cpu());
    assertEquals(new FleetTotals.Amounts(GIB, 4 * GIB, 64 * GIB), t.memory());
    assertEquals(0.25, t.cpu().usedOfRequested());
    assertEquals(1.5, t.cpu().idle());
    assertEquals(0.768, t.hourlyCost());
    assertEquals(1, t.liveClusters());
  }

  @Test
  void wasteIsRequestAboveMeanCpuAndPeakMemoryAtNodePrices() {
    // Per pod: 1 core requested, mean use 0.25 -> 0.75 idle; 2 GiB requested, peak 1 GiB -> 1 GiB
    // idle. Two pods.
    FleetSnapshot s = TinyFleet.snapshot(0.25, GIB, 0.2, 0.3, 0.25, 0.25);
    List<WastedWorkload> top = WastedWorkload.top(s, new StatsCache(), 5);
    WastedWorkload api = top.getFirst();
    assertEquals(1.5, api.idleCores(), 1e-3);
    assertEquals(2.0 * GIB, api.idleBytes(), GIB * 1e-3);
    UnitPrices prices = UnitPrices.of(s.clusters().getFirst());
    assertEquals(
        (1.5 * prices.perCoreHour() + 2 * prices.perGibHour()) * 730, api.monthlyCost(), 0.01);
  }
}
