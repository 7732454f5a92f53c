package dev.fleetscope.engine.fleet;

import dev.fleetscope.engine.UsageHistory;
import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.JobRuns;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.PodResources;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ContainerChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What is sized in a workload and the usage it is sized from: each container (app, native sidecar,
 * init) by its own history, or, for a pod with pod-level resources, the pod as one ({@link
 * ContainerChange#POD}) from its containers' histories summed; the runs of a group of Jobs from the
 * histories of its Jobs, when a metrics source kept them apart.
 */
final class TargetUsage {
  private TargetUsage() {}

  static List<ContainerSpec> specs(Workload workload) {
    if (workload.podResources().isPresent()) {
      return List.of(podSpec(workload, workload.podResources().get()));
    }
    return Stream.concat(workload.containers().stream(), workload.initContainers().stream())
        .toList();
  }

  /** The pod as one container: pod-level values where set, else the containers' sum. */
  private static ContainerSpec podSpec(Workload workload, PodResources pod) {
    Resources sum =
        workload.containers().stream()
            .map(ContainerSpec::requests)
            .reduce(Resources.NONE, Resources::plus);
    Resources requests =
        new Resources(
            pod.requests().cpuCores() > 0 ? pod.requests().cpuCores() : sum.cpuCores(),
            pod.requests().memoryBytes() > 0 ? pod.requests().memoryBytes() : sum.memoryBytes());
    double gpus = workload.gpusPerReplica();
    return new ContainerSpec(
        ContainerChange.POD,
        requests,
        pod.limits(),
        gpus > 0 ? new GpuAllocation.Whole((int) Math.ceil(gpus)) : GpuAllocation.NONE,
        ContainerKind.CONTAINER,
        Optional.empty());
  }

  /** The usages a target is sized from; empty when none has a CPU history. */
  static List<ContainerUsage> of(FleetSnapshot snapshot, Workload workload, ContainerSpec spec) {
    List<ContainerUsage> usages = new ArrayList<>();
    if (ContainerChange.POD.equals(spec.name())) {
      for (ContainerSpec c : workload.containers()) {
        snapshot.usage(workload.ref().container(c.name())).ifPresent(usages::add);
      }
    } else {
      Optional<ContainerUsage> own = snapshot.usage(workload.ref().container(spec.name()));
      if (own.isPresent()) {
        usages.add(own.get());
      } else if (workload.kind() == WorkloadKind.JOB && workload.jobRuns().isPresent()) {
        for (String job : workload.jobRuns().map(JobRuns::jobs).orElse(List.of())) {
          WorkloadRef run =
              new WorkloadRef(
                  workload.ref().cluster(), workload.ref().namespace(), WorkloadKind.JOB, job);
          snapshot.usage(run.container(spec.name())).ifPresent(usages::add);
        }
      }
    }
    usages.removeIf(u -> u.history(Metric.CPU_CORES).isEmpty());
    return usages;
  }

  static UsageHistory history(ContainerSpec spec, List<ContainerUsage> usages) {
    boolean pod = ContainerChange.POD.equals(spec.name());
    return usages.size() == 1 && !pod
        ? Histories.of(usages.getFirst())
        : Histories.combine(usages, pod);
  }
}
