package dev.fleetscope.packing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A problem turned into arrays the packer can work on quickly: types ordered by price (then name),
 * each type's capacity after DaemonSets, each pod's demand and the types it could run on alone.
 */
final class Compiled {
  final PackingProblem problem;
  final NodeType[] types;
  final boolean[] openable;
  final Capacity[] capacities;
  final List<String> profiles;
  final Item[] items;
  final Map<String, Item> itemsByName = new HashMap<>();
  final Map<String, String> reasons = new LinkedHashMap<>();

  Compiled(PackingProblem problem) {
    this.problem = problem;
    java.util.Set<NodeType> all = new java.util.LinkedHashSet<>(problem.types());
    problem.fixedNodes().forEach(f -> all.add(f.type()));
    this.types =
        all.stream()
            .sorted(
                Comparator.comparingDouble(NodeType::pricePerHour)
                    .thenComparing(NodeType::name)
                    .thenComparing(NodeType::toString))
            .toArray(NodeType[]::new);
    this.profiles = profiles(problem);
    this.capacities = new Capacity[types.length];
    this.openable = new boolean[types.length];
    for (int t = 0; t < types.length; t++) {
      Capacity cap = Capacity.of(types[t], problem.overhead(), profiles);
      capacities[t] = cap;
      boolean room = cap.milli() >= 0 && cap.memory() >= 0 && cap.pods() >= 1;
      openable[t] = room && problem.types().contains(types[t]);
    }
    Map<String, Integer> groups = new HashMap<>();
    java.util.Set<String> pinned = new java.util.HashSet<>();
    problem.fixedNodes().forEach(f -> pinned.addAll(f.pinnedPods()));
    List<PodRequest> pods = problem.pods();
    this.items = new Item[pods.size()];
    for (int i = 0; i < items.length; i++) {
      PodRequest pod = pods.get(i);
      String zone = zone(pod);
      int group =
          pod.antiAffinityGroup().isEmpty()
              ? -1
              : groups.computeIfAbsent(pod.antiAffinityGroup(), g -> groups.size());
      int mig = pod.gpu() instanceof GpuDemand.Mig m ? profiles.indexOf(m.profile()) : -1;
      boolean[] feasible = new boolean[types.length];
      items[i] = new Item(i, pod, zone, mig, group, feasible);
      for (int t = 0; t < types.length; t++) {
        feasible[t] = refusal(items[i], t, false) == null;
      }
      itemsByName.put(pod.name(), items[i]);
      items[i].pinned = pinned.contains(pod.name());
      items[i].openable = anyOpenable(feasible);
      if (!items[i].openable) {
        reasons.put(pod.name(), reason(items[i]));
      }
    }
  }

  boolean openable(Item item) {
    return item.openable;
  }

  private boolean anyOpenable(boolean[] feasible) {
    for (int t = 0; t < types.length; t++) {
      if (openable[t] && feasible[t]) {
        return true;
      }
    }
    return false;
  }

  private String reason(Item item) {
    if (problem.types().isEmpty()) {
      return "no candidate instance type was given";
    }
    List<String> refusals = new ArrayList<>();
    for (int t = 0; t < types.length && refusals.size() < 3; t++) {
      String refusal = refusal(item, t, true);
      if (problem.types().contains(types[t])) {
        refusals.add(
            types[t].name()
                + ": "
                + (refusal != null ? refusal : "its capacity after DaemonSets is negative"));
      }
    }
    String more = problem.types().size() > refusals.size() ? "; ..." : "";
    return "fits no candidate instance type (" + String.join("; ", refusals) + more + ")";
  }

  private static List<String> profiles(PackingProblem problem) {
    TreeSet<String> names = new TreeSet<>();
    problem.types().forEach(t -> names.addAll(t.migSlices().keySet()));
    problem
        .pods()
        .forEach(
            p -> {
              if (p.gpu() instanceof GpuDemand.Mig m) {
                names.add(m.profile());
              }
            });
    return List.copyOf(names);
  }

  /** The pod's zone, from its zone or a zone label in its node selector; null when it has none. */
  private static String zone(PodRequest pod) {
    String selected = pod.nodeSelector().get(NodeType.ZONE_LABEL);
    return pod.zone().orElse(selected);
  }

  /**
   * Why a node of type {@code t} cannot hold the pod even when empty; null when it can. Without
   * {@code explain} a refusal is the empty string (no message is built: this runs for every pod and
   * type).
   */
  private String refusal(Item item, int t, boolean explain) {
    NodeType type = types[t];
    Capacity cap = capacities[t];
    PodRequest pod = item.pod;
    String selectorZone = pod.nodeSelector().get(NodeType.ZONE_LABEL);
    if (selectorZone != null && pod.zone().isPresent() && !selectorZone.equals(pod.zone().get())) {
      return explain
          ? "the pod's zone " + pod.zone().get() + " contradicts its node selector " + selectorZone
          : "";
    }
    if (item.zone != null && !type.zone().isEmpty() && !type.zone().equals(item.zone)) {
      return explain ? "runs in zone " + type.zone() + ", the pod needs " + item.zone : "";
    }
    String gpu = gpuRefusal(item, type, cap, explain);
    if (gpu != null) {
      return gpu;
    }
    Map<String, String> labels =
        pod.nodeSelector().isEmpty()
            ? Map.of()
            : type.labels(item.zone == null ? type.zone() : item.zone);
    for (Map.Entry<String, String> wanted :
        new java.util.TreeMap<>(pod.nodeSelector()).entrySet()) {
      if (wanted.getKey().equals(NodeType.ZONE_LABEL)) {
        continue;
      }
      if (!wanted.getValue().equals(labels.get(wanted.getKey()))) {
        return explain ? "lacks the label " + wanted.getKey() + "=" + wanted.getValue() : "";
      }
    }
    for (Taint taint : type.taints()) {
      if (pod.tolerations().stream().noneMatch(tol -> tol.tolerates(taint))) {
        return explain
            ? "tainted "
                + taint.key()
                + "="
                + taint.value()
                + ":"
                + taint.effect()
                + ", which the pod does not tolerate"
            : "";
      }
    }
    if (cap.pods() < 1) {
      return explain ? "its max pods are taken by DaemonSets" : "";
    }
    if (item.milli > cap.milli()) {
      return explain
          ? String.format(
              java.util.Locale.ROOT,
              "the pod requests %.3f cores, a node has %.3f after DaemonSets",
              item.milli / 1000.0,
              Math.max(cap.milli(), 0) / 1000.0)
          : "";
    }
    if (item.memory > cap.memory()) {
      return explain
          ? String.format(
              java.util.Locale.ROOT,
              "the pod requests %.2f GiB, a node has %.2f GiB after DaemonSets",
              item.memory / (double) (1L << 30),
              Math.max(cap.memory(), 0) / (double) (1L << 30))
          : "";
    }
    return null;
  }

  private String gpuRefusal(Item item, NodeType type, Capacity cap, boolean explain) {
    if (item.wholeGpus > 0) {
      if (cap.gpus() < item.wholeGpus) {
        return explain ? "has " + cap.gpus() + " whole GPUs, the pod needs " + item.wholeGpus : "";
      }
      if (!item.gpuFamily.isEmpty() && !item.gpuFamily.equals(type.gpuFamily())) {
        return explain ? "has " + type.gpuFamily() + " GPUs, the pod needs " + item.gpuFamily : "";
      }
    }
    if (item.migCount > 0) {
      String profile = profiles.get(item.migProfile);
      if (cap.mig()[item.migProfile] < item.migCount) {
        return explain
            ? "has "
                + cap.mig()[item.migProfile]
                + " MIG slices "
                + profile
                + ", the pod needs "
                + item.migCount
            : "";
      }
    }
    return null;
  }

  int typeIndex(NodeType type) {
    for (int t = 0; t < types.length; t++) {
      if (types[t].equals(type)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no instance type " + type.name() + " in the problem");
  }
}
