package dev.fleetscope.console.utilization;

import dev.fleetscope.console.utilization.UsageRow.Level;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Workload;
import dev.fleetscope.runtime.rightsizing.SizingTraits;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The utilization tree (clusters, namespaces, workloads, containers) built from a snapshot off the
 * FX thread. A filter keeps the workloads whose row (or whose namespace or cluster) matches, and
 * their ancestors.
 */
public record UsageTree(UsageRow row, List<UsageTree> children) {
  private static final Set<SizingTraits.Kind> CONTAINER_KINDS =
      EnumSet.of(SizingTraits.Kind.GPU, SizingTraits.Kind.JVM, SizingTraits.Kind.SIDECAR);

  public static List<UsageTree> of(FleetSnapshot snapshot, String filter) {
    String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    List<UsageTree> clusters = new ArrayList<>();
    for (Cluster c : snapshot.clusters()) {
      boolean live = snapshot.isLive(c);
      List<UsageTree> namespaces = new ArrayList<>();
      for (Namespace ns : c.namespaces()) {
        boolean nsMatches =
            f.isEmpty() || c.name().contains(f) || ns.name().toLowerCase(Locale.ROOT).contains(f);
        List<UsageTree> workloads =
            ns.workloads().stream()
                .map(w -> workload(snapshot, w, live))
                .filter(t -> nsMatches || t.row().matches(f))
                .toList();
        if (!workloads.isEmpty()) {
          namespaces.add(
              sum(
                  c.name() + "/" + ns.name(),
                  Level.NAMESPACE,
                  ns.name(),
                  "namespace",
                  live,
                  workloads));
        }
      }
      if (!namespaces.isEmpty()) {
        clusters.add(
            sum(
                c.name(),
                Level.CLUSTER,
                c.name(),
                c.provider().displayName() + " · " + c.region(),
                live,
                namespaces));
      }
    }
    return clusters;
  }

  private static UsageTree workload(FleetSnapshot snapshot, Workload w, boolean live) {
    long pods = w.runningPods();
    List<UsageTree> containers = new ArrayList<>();
    for (ContainerSpec spec : w.containers()) {
      var ref = w.ref().container(spec.name());
      var usage = snapshot.usage(ref);
      double cpu = usage.map(u -> u.now(Metric.CPU_CORES)).orElse(Double.NaN);
      double memory = usage.map(u -> u.now(Metric.MEMORY_BYTES)).orElse(Double.NaN);
      double gpu = usage.map(u -> u.now(Metric.GPU_ENGINE_ACTIVE)).orElse(Double.NaN);
      containers.add(
          new UsageTree(
              new UsageRow(
                  ref.id(),
                  Level.CONTAINER,
                  spec.name(),
                  "container",
                  pods,
                  times(cpu, pods),
                  spec.requests().cpuCores() * pods,
                  limit(spec.limits().cpuCores(), pods),
                  times(memory, pods),
                  (double) spec.requests().memoryBytes() * pods,
                  limit(limitBytes(spec.limits().memoryBytes()), pods),
                  spec.gpu().gpuEquivalent() * pods,
                  gpu,
                  w.team(),
                  w.model().orElse(""),
                  live,
                  w.ref(),
                  ref,
                  own(SizingTraits.of(w, spec.name()))),
              List.of()));
    }
    UsageTree summed =
        sum(w.ref().id(), Level.WORKLOAD, w.name(), w.kind().kubernetesKind(), live, containers);
    UsageRow r = summed.row();
    double activity =
        containers.stream()
            .filter(t -> t.row().gpus() > 0)
            .mapToDouble(t -> t.row().gpuActivity())
            .average()
            .orElse(Double.NaN);
    return new UsageTree(
        new UsageRow(
            r.id(),
            r.level(),
            r.name(),
            r.detail(),
            pods,
            r.cpuUsed(),
            r.cpuRequest(),
            r.cpuLimit(),
            r.memoryUsed(),
            r.memoryRequest(),
            r.memoryLimit(),
            r.gpus(),
            activity,
            w.team(),
            w.model().orElse(""),
            live,
            w.ref(),
            null,
            SizingTraits.of(w)),
        containers);
  }

  private static UsageTree sum(
      String id, Level level, String name, String detail, boolean live, List<UsageTree> children) {
    long pods = 0;
    double cpu = 0,
        cpuRequest = 0,
        cpuLimit = 0,
        memory = 0,
        memoryRequest = 0,
        memoryLimit = 0,
        gpus = 0;
    for (UsageTree child : children) {
      UsageRow r = child.row();
      pods += level == Level.WORKLOAD ? 0 : r.pods();
      cpu += zeroIfNaN(r.cpuUsed());
      cpuRequest += r.cpuRequest();
      cpuLimit += r.cpuLimit();
      memory += zeroIfNaN(r.memoryUsed());
      memoryRequest += r.memoryRequest();
      memoryLimit += r.memoryLimit();
      gpus += r.gpus();
    }
    return new UsageTree(
        new UsageRow(
            id,
            level,
            name,
            detail,
            pods,
            cpu,
            cpuRequest,
            cpuLimit,
            memory,
            memoryRequest,
            memoryLimit,
            gpus,
            Double.NaN,
            "",
            "",
            live,
            null,
            null,
            SizingTraits.NONE),
        children);
  }

  /**
   * A container's own badges (GPUs, JVM, sidecar): the workload's row above it carries the rest.
   */
  private static SizingTraits own(SizingTraits traits) {
    return new SizingTraits(
        traits.badges().stream().filter(b -> CONTAINER_KINDS.contains(b.kind())).toList());
  }

  private static double times(double perPod, long pods) {
    return Double.isNaN(perPod) ? Double.NaN : perPod * pods;
  }

  private static double limitBytes(long perPod) {
    return perPod == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : perPod;
  }

  /** A limit over running pods: none running limits nothing (not infinity times zero). */
  private static double limit(double perPod, long pods) {
    return pods == 0 ? 0 : perPod * pods;
  }

  private static double zeroIfNaN(double v) {
    return Double.isNaN(v) ? 0 : v;
  }
}
