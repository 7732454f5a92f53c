package dev.fleetscope.simulator;

import dev.fleetscope.simulator.ServingFamily.Histogram;
import dev.fleetscope.simulator.ServingFamily.Reading;
import dev.fleetscope.simulator.ServingFamily.Scalar;
import dev.fleetscope.simulator.ServingFamily.Series;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.UnknownSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's model servers on the exposition, as each server's own {@code /metrics} would show
 * them: counters since the exposition started (as if the servers started with it), gauges of the
 * minute just ended.
 */
final class ServingExposition implements MultiCollector {
  private final Simulator simulator;
  private final long startMinute;
  private final Map<String, ServingTotals> totals = new HashMap<>();

  ServingExposition(Simulator simulator) {
    this.simulator = simulator;
    this.startMinute = minuteNow() - 1;
  }

  @Override
  public synchronized MetricSnapshots collect() {
    long now = minuteNow();
    Map<String, List<Series>> series = new LinkedHashMap<>();
    Map<String, ServingFamily> families = new LinkedHashMap<>();
    for (DemoServer server : DemoServers.of(simulator.fleet())) {
      ServingTotals replica =
          totals.computeIfAbsent(
              server.workload().ref().id(), id -> new ServingTotals(startMinute));
      replica.advance(server, now);
      for (ServingFamily family : ServingFamilies.of(server)) {
        families.putIfAbsent(family.name(), family);
        for (SimPod pod : server.workload().pods()) {
          Reading reading =
              new Reading(ServingFamilies.labels(server, pod), replica.totals, replica.now);
          series
              .computeIfAbsent(family.name(), n -> new ArrayList<>())
              .addAll(family.series().apply(reading));
        }
      }
    }
    List<MetricSnapshot> snapshots = new ArrayList<>();
    families.forEach((name, family) -> snapshots.add(snapshot(family, series.get(name))));
    return new MetricSnapshots(snapshots);
  }

  private long minuteNow() {
    return Math.floorDiv(simulator.clock().instant().getEpochSecond(), 60);
  }

  private static MetricSnapshot snapshot(ServingFamily family, List<Series> series) {
    return switch (family.type()) {
      case COUNTER -> {
        CounterSnapshot.Builder b =
            CounterSnapshot.builder().name(family.name()).help(family.help());
        for (Series s : series) {
          b.dataPoint(
              CounterSnapshot.CounterDataPointSnapshot.builder()
                  .value(value(s))
                  .labels(labels(s))
                  .build());
        }
        yield b.build();
      }
      case BARE_COUNTER -> {
        UnknownSnapshot.Builder b =
            UnknownSnapshot.builder().name(family.name()).help(family.help());
        for (Series s : series) {
          b.dataPoint(
              UnknownSnapshot.UnknownDataPointSnapshot.builder()
                  .value(value(s))
                  .labels(labels(s))
                  .build());
        }
        yield b.build();
      }
      case GAUGE -> {
        GaugeSnapshot.Builder b = GaugeSnapshot.builder().name(family.name()).help(family.help());
        for (Series s : series) {
          b.dataPoint(
              GaugeSnapshot.GaugeDataPointSnapshot.builder()
                  .value(value(s))
                  .labels(labels(s))
                  .build());
        }
        yield b.build();
      }
      case HISTOGRAM -> {
        HistogramSnapshot.Builder b =
            HistogramSnapshot.builder().name(family.name()).help(family.help());
        for (Series s : series) {
          Histogram h = (Histogram) s;
          b.dataPoint(
              HistogramSnapshot.HistogramDataPointSnapshot.builder()
                  .classicHistogramBuckets(
                      ClassicHistogramBuckets.of(h.bounds(), perBucket(h.cumulative())))
                  .sum(h.sum())
                  .labels(labels(s))
                  .build());
        }
        yield b.build();
      }
    };
  }

  private static double value(Series s) {
    return ((Scalar) s).value();
  }

  /** client_java counts each bucket on its own and adds them up when it writes. */
  private static long[] perBucket(double[] cumulative) {
    long[] counts = new long[cumulative.length];
    for (int k = 0; k < counts.length; k++) {
      counts[k] = Math.round(cumulative[k] - (k == 0 ? 0 : cumulative[k - 1]));
    }
    return counts;
  }

  private static Labels labels(Series s) {
    return Labels.of(
        s.labels().keySet().toArray(String[]::new), s.labels().values().toArray(String[]::new));
  }
}
