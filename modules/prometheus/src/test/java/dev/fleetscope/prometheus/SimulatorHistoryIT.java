package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.simulator.OpenMetricsHistory;
import dev.fleetscope.simulator.Simulator;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo fleet's 14 days, written by the simulator's own OpenMetrics writer (one sample a
 * minute), backfilled with promtool and read back through Prometheus at five-minute steps: every
 * step equals the simulator's own one-minute series over that step (CPU the mean, memory and GPU
 * framebuffer the peak, GPU activity the mean).
 */
class SimulatorHistoryIT {
  private static final Duration STEP = Duration.ofMinutes(5);
  private static final int MINUTES = 5;

  @TempDir Path dir;

  @Test
  void readsTheSimulatorsFourteenDaysAsItRecordedThem() throws Exception {
    PrometheusServer.assumeInstalled();
    Instant end = Instant.ofEpochSecond(Instant.now().getEpochSecond() / 3600 * 3600);
    Simulator simulator = new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(end, ZoneOffset.UTC));
    simulator.buildHistory();
    FleetSnapshot own = simulator.snapshot("simulator");
    Set<WorkloadRef> selected = select(own);
    Path file = dir.resolve("simulator.om");
    try (Writer out = Files.newBufferedWriter(file)) {
      new OpenMetricsHistory(simulator, selected::contains, Duration.ofMinutes(1)).write(out);
    }
    try (PrometheusServer server =
            PrometheusServer.start(PrometheusServer.backfill(file, dir), null);
        PrometheusClient client =
            new PrometheusClient(
                ConnectionSettings.forUrl(server.url())
                    .withLabels(LabelNames.STANDARD.withClusterLabel("cluster")))) {
      HistoryRequest request = HistoryRequest.ending(end, Simulator.HISTORY, STEP);
      FleetHistory read = new HistoryReader(client).read(request, p -> {});

      Set<ContainerRef> expectedRefs =
          own.usage().keySet().stream()
              .filter(r -> selected.contains(r.workload()))
              .collect(Collectors.toSet());
      assertEquals(expectedRefs, read.usage().keySet());
      int compared = 0;
      for (ContainerRef ref : expectedRefs) {
        compared += compare(own.usage().get(ref), read.usage().get(ref), read.grid());
      }
      assertTrue(compared > expectedRefs.size() * 3000, compared + " steps compared");

      List<Double> quantiles = List.of(0.95, 1.0);
      FleetQuantiles serverSide = new QuantileReader(client).read(request, quantiles, p -> {});
      for (ContainerRef ref : expectedRefs) {
        UsageQuantiles fromSeries = UsageQuantiles.of(read.usage().get(ref), quantiles);
        for (Metric metric : List.of(Metric.CPU_CORES, Metric.MEMORY_BYTES)) {
          for (double q : quantiles) {
            double expected = fromSeries.value(metric, q);
            assertEquals(
                expected,
                serverSide.usage().get(ref).value(metric, q),
                Math.abs(expected) * 2e-3,
                ref + " " + metric + " p" + q);
          }
        }
      }
    }
  }

  /**
   * Two small workloads (at most two pods) of each kind but DaemonSets (one pod per node: 140 here)
   * and Jobs (which the writer reports as owned by a CronJob of their name), and two GPU workloads:
   * ten pods, 2.6 M samples.
   */
  private static Set<WorkloadRef> select(FleetSnapshot fleet) {
    List<WorkloadRef> picked = new ArrayList<>();
    for (WorkloadKind kind :
        List.of(WorkloadKind.DEPLOYMENT, WorkloadKind.STATEFUL_SET, WorkloadKind.CRON_JOB)) {
      fleet
          .workloads()
          .filter(w -> w.kind() == kind && w.pods().size() <= 2 && w.gpusPerReplica() == 0)
          .limit(2)
          .map(Workload::ref)
          .forEach(picked::add);
    }
    fleet
        .workloads()
        .filter(w -> w.gpusPerReplica() > 0 && w.kind() != WorkloadKind.JOB && w.pods().size() <= 2)
        .limit(2)
        .map(Workload::ref)
        .forEach(picked::add);
    return Set.copyOf(picked);
  }

  /**
   * Compares the steps whose five minutes and the minute before all ran (at a start or stop the
   * rate sees part of a step). The simulator writes its CPU counter with six significant digits;
   * the tolerance allows for that.
   *
   * @return the steps compared
   */
  private static int compare(ContainerUsage own, ContainerUsage read, StepGrid grid) {
    Series cpu = own.history(Metric.CPU_CORES);
    double[] minutes = cpu.toArray();
    long firstMinute = cpu.start().getEpochSecond() / 60;
    double counter = 0;
    int compared = 0;
    double[] cumulative = new double[minutes.length];
    for (int i = 0; i < minutes.length; i++) {
      counter += Double.isNaN(minutes[i]) ? 0 : minutes[i] * 60;
      cumulative[i] = counter;
    }
    for (int k = 0; k < grid.points(); k++) {
      long stepStartMinute =
          (grid.first().getEpochSecond() - STEP.toSeconds()) / 60 + (long) k * MINUTES;
      int from = (int) (stepStartMinute - firstMinute);
      if (from < 1
          || from + MINUTES > minutes.length
          || !allRan(minutes, from - 1, from + MINUTES)) {
        continue;
      }
      String what = read.ref() + " step " + k;
      double counterRounding =
          Math.pow(10, Math.floor(Math.log10(cumulative[from + MINUTES - 1])) - 5)
              / STEP.toSeconds();
      double meanCpu = mean(minutes, from);
      assertEquals(
          meanCpu,
          read.history(Metric.CPU_CORES).get(k),
          meanCpu * 2e-3 + 1.5 * counterRounding,
          what + " CPU");
      double peak = max(own.history(Metric.MEMORY_BYTES).toArray(), from);
      assertEquals(peak, read.history(Metric.MEMORY_BYTES).get(k), peak * 2e-3, what + " memory");
      if (!own.history(Metric.GPU_ENGINE_ACTIVE).isEmpty()) {
        double engine = mean(own.history(Metric.GPU_ENGINE_ACTIVE).toArray(), from);
        assertEquals(
            engine,
            read.history(Metric.GPU_ENGINE_ACTIVE).get(k),
            engine * 2e-3 + 1e-4,
            what + " GPU engine");
        double framebuffer = max(own.history(Metric.GPU_MEMORY_BYTES).toArray(), from);
        assertEquals(
            framebuffer,
            read.history(Metric.GPU_MEMORY_BYTES).get(k),
            framebuffer * 2e-3,
            what + " GPU memory");
      }
      compared++;
    }
    return compared;
  }

  private static boolean allRan(double[] minutes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Double.isNaN(minutes[i])) {
        return false;
      }
    }
    return true;
  }

  private static double mean(double[] minutes, int from) {
    double sum = 0;
    for (int i = from; i < from + MINUTES; i++) {
      sum += minutes[i];
    }
    return sum / MINUTES;
  }

  private static double max(double[] minutes, int from) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = from; i < from + MINUTES; i++) {
      max = Math.max(max, minutes[i]);
    }
    return max;
  }
}
