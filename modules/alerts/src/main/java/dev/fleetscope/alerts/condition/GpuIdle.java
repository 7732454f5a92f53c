package dev.fleetscope.alerts.condition;

import dev.fleetscope.alerts.AlertLink;
import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.Subject;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.alerts.input.IdleGpus;
import dev.fleetscope.alerts.input.Placement;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.Workload;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Each workload that holds GPUs and has running pods, at the utilization of its busiest GPU
 * container (DCGM's GPU utilization; graphics engine activity on MIG slices, where utilization
 * reads 0). A workload without a reading is not judged: no data is not idleness.
 */
final class GpuIdle implements Condition {
  @Override
  public List<Measurement> measure(AlertRule rule, AlertInputs inputs, Instant now) {
    FleetSnapshot fleet = inputs.fleet().orElseThrow();
    List<Measurement> out = new ArrayList<>();
    fleet
        .workloads()
        .filter(w -> w.gpusPerReplica() > 0 && w.runningPods() > 0)
        .forEach(w -> measure(w, fleet, rule.threshold()).ifPresent(out::add));
    return out;
  }

  private static Optional<Measurement> measure(
      Workload workload, FleetSnapshot fleet, double threshold) {
    double busiest = Double.NaN;
    // Every GPU container must be idle: the workload is idle since the latest of their starts,
    // and has no known start when one of them has none.
    Optional<Instant> idleSince = Optional.empty();
    boolean everyStartKnown = true;
    for (ContainerSpec spec : workload.containers()) {
      if (spec.gpu() instanceof GpuAllocation.None) {
        continue;
      }
      Metric metric =
          spec.gpu() instanceof GpuAllocation.Mig
              ? Metric.GPU_ENGINE_ACTIVE
              : Metric.GPU_UTILIZATION;
      Optional<ContainerUsage> usage = fleet.usage(workload.ref().container(spec.name()));
      double now = usage.map(u -> u.now(metric)).orElse(Double.NaN);
      Series history = usage.map(u -> u.history(metric)).orElse(Series.EMPTY);
      if (Double.isNaN(now)) {
        now = history.last();
      }
      if (Double.isNaN(now)) {
        return Optional.empty();
      }
      busiest = Double.isNaN(busiest) ? now : Math.max(busiest, now);
      Optional<Instant> since = idleSince(history, threshold);
      everyStartKnown &= since.isPresent();
      idleSince = latest(idleSince, since);
    }
    idleSince = everyStartKnown ? idleSince : Optional.empty();
    if (Double.isNaN(busiest)) {
      return Optional.empty();
    }
    double gpus = workload.gpusPerReplica() * workload.runningPods();
    String id = workload.ref().id();
    return Optional.of(
        new Measurement(
            new Subject("workload:" + id, id, Placement.of(workload)),
            busiest,
            idleSince,
            String.format(
                Locale.ROOT,
                "%s holds %s GPU%s (%d pod%s) at %s utilization",
                id,
                gpus == Math.rint(gpus) ? Long.toString((long) gpus) : String.format("%.2f", gpus),
                gpus == 1 ? "" : "s",
                workload.runningPods(),
                workload.runningPods() == 1 ? "" : "s",
                Texts.percent(busiest)),
            new AlertLink(AlertLink.UTILIZATION, id),
            new IdleGpus(workload.ref(), gpus, busiest, idleSince)));
  }

  private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.or(() -> b);
    }
    return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
  }

  /**
   * The start of the run of samples at the end of the history that are all at or below {@code
   * threshold}; empty when the newest sample is not (or is missing).
   */
  static Optional<Instant> idleSince(Series history, double threshold) {
    int i = history.size() - 1;
    while (i >= 0) {
      double v = history.get(i);
      if (Double.isNaN(v) || v > threshold) {
        break;
      }
      i--;
    }
    return i == history.size() - 1
        ? Optional.empty()
        : Optional.of(Instant.ofEpochSecond(history.epochSecondAt(i + 1)));
  }
}
