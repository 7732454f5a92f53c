package dev.fleetscope.packing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A node as the tests judge it, written apart from the packer (in cores and bytes, straight from
 * the records) so the two cannot share a mistake: does a set of pods fit on a node of a type, in a
 * zone, with every constraint?
 */
final class NodeCheck {
  private static final double EPSILON = 1e-9;

  private NodeCheck() {}

  /** Every way the pods break the node's limits or their own constraints; empty when none. */
  static List<String> violations(
      NodeType type, String zone, List<PodRequest> pods, DaemonSetOverhead overhead) {
    List<String> problems = new ArrayList<>();
    double cpu = overhead.cpuCores();
    long memory = overhead.memoryBytes();
    int gpus = 0;
    Map<String, Integer> mig = new HashMap<>();
    Set<String> groups = new HashSet<>();
    for (PodRequest pod : pods) {
      cpu += pod.cpuCores();
      memory += pod.memoryBytes();
      problems.addAll(podViolations(type, zone, pod));
      switch (pod.gpu()) {
        case GpuDemand.Whole w -> gpus += w.count();
        case GpuDemand.Mig m -> mig.merge(m.profile(), m.count(), Integer::sum);
        case GpuDemand.None n -> {}
      }
      if (!pod.antiAffinityGroup().isEmpty() && !groups.add(pod.antiAffinityGroup())) {
        problems.add("two pods of anti-affinity group " + pod.antiAffinityGroup());
      }
    }
    if (cpu > type.cpuCores() + EPSILON) {
      problems.add("CPU " + cpu + " > " + type.cpuCores());
    }
    if (memory > type.memoryBytes()) {
      problems.add("memory " + memory + " > " + type.memoryBytes());
    }
    if (pods.size() + overhead.pods() > type.maxPods()) {
      problems.add("pods " + pods.size() + " + " + overhead.pods() + " > " + type.maxPods());
    }
    if (gpus > type.gpus()) {
      problems.add("GPUs " + gpus + " > " + type.gpus());
    }
    mig.forEach(
        (profile, count) -> {
          if (count > type.migSlices().getOrDefault(profile, 0)) {
            problems.add("MIG " + profile + " " + count);
          }
        });
    if (!type.zone().isEmpty() && !type.zone().equals(zone)) {
      problems.add("node in zone " + zone + " of a type only in " + type.zone());
    }
    return problems;
  }

  static List<String> podViolations(NodeType type, String zone, PodRequest pod) {
    List<String> problems = new ArrayList<>();
    if (pod.zone().isPresent() && !pod.zone().get().equals(zone)) {
      problems.add(pod.name() + " needs zone " + pod.zone().get() + ", node is in " + zone);
    }
    Map<String, String> labels = type.labels(zone);
    pod.nodeSelector()
        .forEach(
            (k, v) -> {
              if (!v.equals(labels.get(k))) {
                problems.add(pod.name() + " selects " + k + "=" + v);
              }
            });
    for (Taint taint : type.taints()) {
      if (pod.tolerations().stream().noneMatch(t -> t.tolerates(taint))) {
        problems.add(pod.name() + " does not tolerate " + taint);
      }
    }
    if (pod.gpu() instanceof GpuDemand.Whole w
        && !w.family().isEmpty()
        && !w.family().equals(type.gpuFamily())) {
      problems.add(pod.name() + " needs " + w.family() + " on " + type.gpuFamily());
    }
    return problems;
  }

  /** Everything wrong with a packing of the problem; empty when it is feasible and complete. */
  static List<String> check(PackingProblem problem, Packing packing) {
    List<String> problems = new ArrayList<>();
    Map<String, PodRequest> pods = new HashMap<>();
    problem.pods().forEach(p -> pods.put(p.name(), p));
    Set<String> seen = new HashSet<>();
    Map<String, FixedNode> fixed = new HashMap<>();
    problem.fixedNodes().forEach(f -> fixed.put(f.name(), f));
    for (PlannedNode node : packing.nodes()) {
      List<PodRequest> on = new ArrayList<>();
      for (String name : node.pods()) {
        if (!seen.add(name)) {
          problems.add(name + " placed twice");
        }
        on.add(pods.get(name));
      }
      if (node.fixed()) {
        FixedNode f = fixed.get(node.name());
        if (f == null || !f.type().equals(node.type())) {
          problems.add(node.name() + " is not a fixed node of the problem");
        } else if (!node.pods().containsAll(f.pinnedPods())) {
          problems.add(node.name() + " lost a pinned pod");
        }
      } else if (!problem.types().contains(node.type())) {
        problems.add(node.name() + " is of a type that is not a candidate");
      }
      if (!node.fixed() && node.pods().isEmpty()) {
        problems.add(node.name() + " is empty");
      }
      violations(node.type(), node.zone(), on, problem.overhead())
          .forEach(v -> problems.add(node.name() + ": " + v));
    }
    for (Unplaced u : packing.unplaced()) {
      if (!seen.add(u.pod())) {
        problems.add(u.pod() + " both placed and unplaced");
      }
      if (u.reason().isBlank()) {
        problems.add(u.pod() + " unplaced without a reason");
      }
    }
    if (seen.size() != pods.size()) {
      problems.add(pods.size() - seen.size() + " pods were dropped");
    }
    return problems;
  }
}
