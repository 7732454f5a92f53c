package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.GpuClaim;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.JobRuns;
import dev.fleetscope.model.JvmMemory;
import dev.fleetscope.model.PodResources;
import dev.fleetscope.model.ScalingMetric;
import dev.fleetscope.model.Units;
import dev.fleetscope.model.VerticalAutoscaler;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.runtime.rightsizing.SizingTraits.Badge;
import dev.fleetscope.runtime.rightsizing.SizingTraits.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The words of each {@link SizingTraits} badge, from the model's facts. */
final class TraitBadges {
  private TraitBadges() {}

  static Badge vpa(VerticalAutoscaler vpa, Workload w, Optional<String> container) {
    boolean manages =
        container
            .map(vpa::manages)
            .orElseGet(() -> w.containers().stream().anyMatch(c -> vpa.manages(c.name())));
    String what = container.map(c -> "container " + c).orElse("its containers");
    String detail =
        manages
            ? vpa.describe()
                + " manages "
                + what
                + (container.map(c -> " (" + vpa.controls(c) + ")").orElse(""))
                + ": Fleetscope does not patch it; Apply offers the VPA-side change instead"
                + " (minAllowed at the recommendation, or updateMode Off)"
            : vpa.describe() + " does not set " + what + ": Fleetscope may apply";
    return new Badge(Kind.VPA, "VPA " + vpa.mode().kubernetesName(), detail);
  }

  static Badge hpa(HorizontalAutoscaler hpa) {
    List<ScalingMetric> metrics = hpa.metrics();
    Optional<ScalingMetric> first =
        metrics.stream()
            .filter(m -> m.target() == ScalingMetric.Target.UTILIZATION)
            .findFirst()
            .or(() -> metrics.stream().findFirst());
    String on =
        first
            .map(
                m ->
                    m.target() == ScalingMetric.Target.UTILIZATION
                        ? m.name() + " " + Units.percent(m.value())
                        : m.source().kubernetesName().toLowerCase(java.util.Locale.ROOT))
            .orElse("");
    String more = metrics.size() > 1 ? " +" + (metrics.size() - 1) : "";
    boolean utilization =
        metrics.stream().anyMatch(m -> m.target() == ScalingMetric.Target.UTILIZATION);
    String detail =
        hpa.describe()
            + (utilization
                ? ": requests are sized so its utilization target keeps its meaning; the replay"
                    + " shows the replicas it would run"
                : ": it scales on metrics the request does not change");
    return new Badge(
        hpa.ownedByKeda() ? Kind.KEDA : Kind.HPA,
        ((hpa.ownedByKeda() ? "KEDA " : "HPA ") + on + more).strip(),
        detail);
  }

  static Badge podLevel(PodResources pod) {
    return new Badge(
        Kind.POD_LEVEL,
        "pod-level",
        "pod-level resources (spec.resources): requests "
            + Units.cores(pod.requests().cpuCores())
            + ", "
            + Units.bytes(pod.requests().memoryBytes())
            + "; limits "
            + Units.cores(pod.limits().cpuCores())
            + ", "
            + Units.bytes(pod.limits().memoryBytes())
            + ": recommended and applied for the pod, the containers' shares kept");
  }

  /** DRA claims and device-plugin GPUs of the given containers. */
  static List<Badge> gpus(Workload w, List<ContainerSpec> containers) {
    List<Badge> badges = new ArrayList<>();
    boolean all = containers.size() == w.containers().size();
    List<GpuClaim> claims =
        w.gpuClaims().stream()
            .filter(c -> all || containers.stream().anyMatch(s -> c.usedBy(s.name())))
            .toList();
    double claimed = claims.stream().mapToDouble(GpuClaim::share).sum();
    if (!claims.isEmpty()) {
      badges.add(
          new Badge(
              Kind.GPU,
              "DRA " + Units.gpus(claimed),
              "GPUs through DRA: "
                  + claims.stream().map(GpuClaim::describe).collect(Collectors.joining("; "))));
    }
    double total = containers.stream().mapToDouble(c -> c.gpu().gpuEquivalent()).sum();
    if (total > claimed + 1e-9) {
      containers.stream()
          .map(ContainerSpec::gpu)
          .filter(g -> g.gpuEquivalent() > 0)
          .findFirst()
          .ifPresent(g -> badges.add(claims.isEmpty() ? plugin(g) : pluginBesideClaims()));
    }
    return badges;
  }

  private static Badge plugin(GpuAllocation g) {
    return switch (g) {
      case GpuAllocation.Mig m ->
          pluginBadge(
              "MIG " + m.profile().name() + (m.count() > 1 ? " ×" + m.count() : ""),
              "nvidia.com/mig-" + m.profile().name() + ": " + m.count());
      case GpuAllocation.Shared s ->
          pluginBadge(
              "GPU " + Units.percent(s.share()) + " shared",
              "a time-sliced share of " + Units.percent(s.share()) + " of one GPU");
      case GpuAllocation.Whole w ->
          pluginBadge(Units.gpus(w.count()), "nvidia.com/gpu: " + w.count());
      case GpuAllocation.None n -> pluginBadge("GPU plugin", "none");
    };
  }

  private static Badge pluginBesideClaims() {
    return pluginBadge("GPU plugin", "beside the claimed ones");
  }

  private static Badge pluginBadge(String text, String resource) {
    return new Badge(Kind.GPU, text, "GPUs through the device plugin (" + resource + ")");
  }

  static Badge jvm(String container, JvmMemory jvm) {
    String text =
        jvm.fixedHeap()
            ? "JVM -Xmx " + Units.bytes(jvm.maxHeapBytes().getAsLong())
            : "JVM " + Units.percent(jvm.maxRamFraction()) + " RAM";
    String rule =
        jvm.fixedHeap()
            ? "no memory limit below "
                + Units.bytes(jvm.floorBytes())
                + " is recommended or applied"
            : "the limit leaves that room (at least "
                + Units.bytes(jvm.floorBytes())
                + ") and the replay uses the memory the JVM would take under it";
    return new Badge(
        Kind.JVM,
        text,
        container
            + " runs a JVM ("
            + jvm.evidence()
            + "): "
            + jvm.describeHeap()
            + ", "
            + Units.bytes(jvm.overheadBytes())
            + " beside the heap: "
            + rule);
  }

  static Badge job(Workload w) {
    Optional<JobRuns> runs = w.jobRuns();
    String kind = w.kind() == WorkloadKind.CRON_JOB ? "CronJob" : "Jobs";
    if (runs.isEmpty()) {
      return new Badge(
          Kind.JOB,
          w.kind().kubernetesKind(),
          "runs to completion: runs of an hour or less are sized by their peaks (fleetscope strategy)");
    }
    int n = runs.get().runs().size();
    return new Badge(
        Kind.JOB,
        kind + " " + n + (n == 1 ? " run" : " runs"),
        "runs of "
            + runs.get().groupedBy()
            + ": "
            + n
            + (n == 1 ? " run" : " runs")
            + runs.get().medianDuration().map(d -> ", median " + Units.duration(d)).orElse("")
            + "; its history is the runs laid end to end, and runs of an hour or less are sized"
            + " by their peaks (fleetscope strategy)");
  }

  static Badge sidecars(List<String> names, boolean oneContainer) {
    return new Badge(
        Kind.SIDECAR,
        oneContainer ? "native sidecar" : "sidecar " + String.join(", ", names),
        String.join(", ", names)
            + (names.size() == 1 ? " is a native sidecar" : " are native sidecars")
            + " (init containers with restartPolicy: Always): sized, counted and patched like"
            + " app containers");
  }

  static Badge init(List<String> names) {
    return new Badge(
        Kind.INIT,
        "init " + String.join(", ", names),
        String.join(", ", names)
            + (names.size() == 1 ? " is an init container" : " are init containers")
            + ": it runs before the others, so a replica requests the larger of it (with the"
            + " sidecars) and the running containers; sized by its peaks");
  }
}
