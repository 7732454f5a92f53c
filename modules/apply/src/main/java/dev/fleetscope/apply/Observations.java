package dev.fleetscope.apply;

import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.change.ContainerChange;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each container was seen to use, per replica, keyed by container id: the memory peak the
 * guard rails keep every new memory ceiling above, and the mean CPU that decides whether a lower
 * request would trip an HPA.
 */
public record Observations(Map<String, Observed> byContainer) {
  public static final Observations NONE = new Observations(Map.of());

  public Observations {
    byContainer = Map.copyOf(byContainer);
  }

  /** Peak memory (bytes) and mean CPU (cores) of one container. */
  public record Observed(double memoryPeakBytes, double meanCpuCores) {}

  public Optional<Observed> of(String containerId) {
    return Optional.ofNullable(byContainer.get(containerId));
  }

  /**
   * From the usage history a snapshot holds (the console's source of truth). A workload sized at
   * pod level is observed as its pod ({@link ContainerChange#POD}): the sum of its containers'
   * peaks (at least the pod's peak) and mean CPU.
   */
  public static Observations fromSnapshot(FleetSnapshot snapshot) {
    Map<String, Observed> observed = new HashMap<>();
    for (ContainerUsage usage : snapshot.usage().values()) {
      double peak = usage.history(Metric.MEMORY_BYTES).max();
      double meanCpu = mean(usage.history(Metric.CPU_CORES));
      if (!Double.isNaN(peak) || !Double.isNaN(meanCpu)) {
        observed.put(usage.ref().id(), new Observed(peak, meanCpu));
      }
    }
    snapshot
        .workloads()
        .filter(Workload::podLevel)
        .forEach(
            w -> {
              double peak = 0;
              double cpu = 0;
              for (ContainerSpec c : w.containers()) {
                Observed one = observed.get(w.ref().container(c.name()).id());
                if (one == null) {
                  return;
                }
                peak += one.memoryPeakBytes();
                cpu += one.meanCpuCores();
              }
              observed.put(w.ref().container(ContainerChange.POD).id(), new Observed(peak, cpu));
            });
    return new Observations(observed);
  }

  private static double mean(Series series) {
    double[] sum = new double[2];
    series.forEach(
        v -> {
          if (!Double.isNaN(v)) {
            sum[0] += v;
            sum[1]++;
          }
        });
    return sum[1] == 0 ? Double.NaN : sum[0] / sum[1];
  }

  /**
   * The same observations with container ids of cluster {@code from} renamed to cluster {@code to}.
   */
  public Observations renameCluster(String from, String to) {
    Map<String, Observed> renamed = new HashMap<>();
    byContainer.forEach(
        (id, o) ->
            renamed.put(id.startsWith(from + "/") ? to + id.substring(from.length()) : id, o));
    return new Observations(renamed);
  }
}
