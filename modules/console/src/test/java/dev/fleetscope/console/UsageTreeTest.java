package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.utilization.Downsample;
import dev.fleetscope.console.utilization.UsageRow;
import dev.fleetscope.console.utilization.UsageTree;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.runtime.fleet.TinyFleet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageTreeTest {
  @Test
  void rowsSumOverRunningPodsAtEveryLevel() {
    List<UsageTree> tree = UsageTree.of(TinyFleet.snapshot(0.25, TinyFleet.GIB, 0.25), "");
    UsageRow cluster = tree.getFirst().row();
    UsageRow workload = tree.getFirst().children().getFirst().children().getFirst().row();
    UsageRow container =
        tree.getFirst().children().getFirst().children().getFirst().children().getFirst().row();
    assertEquals(UsageRow.Level.CONTAINER, container.level());
    assertEquals(0.5, container.cpuUsed());
    assertEquals(2, container.cpuRequest());
    assertEquals(4, container.cpuLimit());
    assertEquals(0.25, workload.cpuShare());
    assertEquals(2, cluster.pods());
    assertEquals(8.0 * TinyFleet.GIB, cluster.memoryLimit());
  }

  @Test
  void filterKeepsMatchingWorkloadsByTeamOrModelAndDropsTheRest() {
    assertEquals(
        1, UsageTree.of(TinyFleet.snapshot(0.25, TinyFleet.GIB, 0.25), "RECOMMENDER").size());
    assertTrue(UsageTree.of(TinyFleet.snapshot(0.25, TinyFleet.GIB, 0.25), "payments").isEmpty());
  }

  @Test
  void downsamplesToBucketMeansOrPeaks() {
    Instant t0 = Instant.parse("2026-11-24T00:00:00Z");
    Series s = Series.of(Metric.CPU_CORES, t0, Duration.ofMinutes(1), 1, 3, Double.NaN, 8);
    Downsample.Points mean = Downsample.of(s, t0, Duration.ofMinutes(2), Downsample.Mode.MEAN);
    Downsample.Points max = Downsample.of(s, t0, Duration.ofMinutes(2), Downsample.Mode.MAX);
    assertEquals(List.of(2.0, 8.0), List.of(mean.values()[0], mean.values()[1]));
    assertEquals(List.of(3.0, 8.0), List.of(max.values()[0], max.values()[1]));
    assertEquals(t0.getEpochSecond() + 120, mean.epochSeconds()[1]);
  }
}
