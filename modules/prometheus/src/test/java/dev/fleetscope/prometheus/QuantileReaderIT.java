package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.Metric;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server-side mode agrees with the client-side mode on the same data in a real Prometheus. */
class QuantileReaderIT {
  private static final List<Double> QUANTILES = List.of(0.5, 0.95, 1.0);

  @Test
  void computesTheSameQuantilesOnTheServerAsFromTheFetchedSeries() throws Exception {
    StandardFleetServer prometheus = StandardFleetServer.get();
    FixtureFleet fleet = prometheus.fleet;
    HistoryRequest request =
        HistoryRequest.ending(fleet.end(), Duration.ofHours(12), FixtureFleet.STEP);
    try (PrometheusClient client = new PrometheusClient(prometheus.settings())) {
      FleetHistory history = new HistoryReader(client).read(request, p -> {});
      FleetQuantiles serverSide = new QuantileReader(client).read(request, QUANTILES, p -> {});

      assertEquals(history.usage().keySet(), serverSide.usage().keySet());
      int compared = 0;
      for (ContainerRef ref : history.usage().keySet()) {
        UsageQuantiles clientSide = UsageQuantiles.of(history.usage().get(ref), QUANTILES);
        for (Metric metric : Metric.values()) {
          for (double q : QUANTILES) {
            double expected = clientSide.value(metric, q);
            double actual = serverSide.usage().get(ref).value(metric, q);
            if (Double.isNaN(expected)) {
              assertTrue(Double.isNaN(actual), ref + " " + metric + " p" + q + ": " + actual);
            } else {
              assertEquals(
                  expected,
                  actual,
                  Math.abs(actual) * HistoryReaderIT.STORAGE_PRECISION,
                  ref + " " + metric + " p" + q);
              compared++;
            }
          }
        }
        assertEquals(
            history.usage().get(ref).oomKills().size(),
            serverSide.oomKills().getOrDefault(ref, 0),
            ref + " OOM kills");
      }
      assertEquals(history.cpuThrottling(), serverSide.cpuThrottling());
      assertEquals(history.clusters(), serverSide.clusters());
      assertEquals(
          6 * 2 * 3 + 3 * 3,
          compared,
          "CPU and memory of 6 containers and 3 GPU metrics of one, at 3 quantiles each");
      // 5 metrics x 3 quantiles, OOM count, the pods' owners, throttling and 12 inventory queries.
      assertEquals(30, serverSide.requests());
    }
  }
}
