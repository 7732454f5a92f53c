package dev.fleetscope.prometheus;

import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.serving.HeldResources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What serving workloads held (their pods' requests averaged over the window) and how busy their
 * GPUs were, from the answers of {@link ServingQueries#requestsHeld} and {@link
 * ServingQueries#gpuBusy}.
 */
final class WorkloadCosts {
  private static final Pattern MIG = Pattern.compile("nvidia_com_mig_(\\d+g)_(\\d+gb)");

  private final Map<WorkloadRef, double[]> held = new HashMap<>();
  private final Map<WorkloadRef, Double> busy = new HashMap<>();

  static WorkloadCosts of(List<Row> requests, List<Row> gpuBusy, ClusterLabels refs) {
    WorkloadCosts costs = new WorkloadCosts();
    for (Row row : requests) {
      Optional<WorkloadRef> workload = refs.workload(row.labels());
      OptionalDouble gpus = gpuEquivalents(row.label(ServingQueries.RESOURCE));
      if (workload.isEmpty() || !(row.value() >= 0) || Double.isInfinite(row.value())) {
        continue;
      }
      double[] sums = costs.held.computeIfAbsent(workload.get(), w -> new double[3]);
      switch (row.label(ServingQueries.RESOURCE)) {
        case "cpu" -> sums[0] += row.value();
        case "memory" -> sums[1] += row.value();
        default -> sums[2] += row.value() * gpus.orElse(0);
      }
    }
    for (Row row : gpuBusy) {
      refs.workload(row.labels())
          .filter(w -> row.value() >= 0 && row.value() <= 1)
          .ifPresent(w -> costs.busy.put(w, row.value()));
    }
    return costs;
  }

  /** What the workload's pods held on average, if kube-state-metrics reported any request. */
  Optional<HeldResources> held(WorkloadRef workload) {
    double[] sums = held.get(workload);
    return sums == null
        ? Optional.empty()
        : Optional.of(new HeldResources(sums[0], sums[1], sums[2]));
  }

  /** The mean busy share of the workload's GPUs over the window, 0..1. */
  OptionalDouble gpuBusy(WorkloadRef workload) {
    Double share = busy.get(workload);
    return share == null ? OptionalDouble.empty() : OptionalDouble.of(share);
  }

  /** How much of a GPU one unit of a kube-state-metrics resource is: 1, a MIG share, or none. */
  static OptionalDouble gpuEquivalents(String resource) {
    if (resource.equals("nvidia_com_gpu")) {
      return OptionalDouble.of(1);
    }
    Matcher mig = MIG.matcher(resource);
    return mig.matches()
        ? OptionalDouble.of(MigProfile.parse(mig.group(1) + "." + mig.group(2)).gpuFraction())
        : OptionalDouble.empty();
  }
}
