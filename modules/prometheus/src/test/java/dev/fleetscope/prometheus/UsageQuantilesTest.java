package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageQuantilesTest {
  @Test
  void interpolatesBetweenRanksAsPrometheusDoes() {
    double[] sorted = {1, 2, 3, 4};

    // rank = q * (n - 1): 0.5 * 3 = 1.5 -> between 2 and 3: 2.5; 0.95 * 3 = 2.85 -> 3 + 0.85 * (4 -
    // 3) = 3.85.
    assertEquals(2.5, UsageQuantiles.quantile(0.5, sorted), 1e-12);
    assertEquals(3.85, UsageQuantiles.quantile(0.95, sorted), 1e-12);
    assertEquals(4, UsageQuantiles.quantile(1, sorted));
    assertEquals(1, UsageQuantiles.quantile(0, sorted));
    assertTrue(Double.isNaN(UsageQuantiles.quantile(0.5, new double[0])));
  }

  @Test
  void computesQuantilesOfTheSamplesPresentIgnoringMissingSteps() {
    ContainerRef ref = new WorkloadRef("c1", "ml", WorkloadKind.DEPLOYMENT, "api").container("app");
    Series cpu =
        Series.of(
            Metric.CPU_CORES,
            Instant.EPOCH,
            Duration.ofMinutes(5),
            0.5,
            Double.NaN,
            0.25,
            1.0,
            0.75);
    ContainerUsage usage =
        new ContainerUsage(ref, Map.of(Metric.CPU_CORES, cpu), Map.of(), List.of());

    UsageQuantiles q = UsageQuantiles.of(usage, List.of(0.5, 1.0));

    // present: 0.25, 0.5, 0.75, 1.0; median rank 1.5 -> 0.625; maximum 1.0.
    assertEquals(0.625, q.value(Metric.CPU_CORES, 0.5), 1e-3);
    assertEquals(1.0, q.value(Metric.CPU_CORES, 1.0), 1e-3);
    assertTrue(Double.isNaN(q.value(Metric.MEMORY_BYTES, 0.5)));
  }
}
