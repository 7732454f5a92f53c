package dev.fleetscope.simulator;

import dev.fleetscope.model.Node;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.simulator.Blueprint.ClusterPlan;
import dev.fleetscope.simulator.Blueprint.NamespacePlan;
import dev.fleetscope.simulator.WorkloadFactory.Draft;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the demo fleet for a seed: the same seed always gives the same clusters, workloads and
 * numbers.
 */
final class DemoFleetBuilder {
  private static final Map<Role, List<String>> SUFFIXES =
      Map.ofEntries(
          Map.entry(
              Role.INFERENCE, List.of("-api", "-predictor", "-server", "-router", "-gateway")),
          Map.entry(Role.GPU_INFERENCE, List.of("-triton", "-gpu-predictor", "-vllm")),
          Map.entry(Role.MIG_INFERENCE, List.of("-mig-predictor", "-small-gpu")),
          Map.entry(Role.WORKER, List.of("-worker", "-consumer", "-indexer", "-sync")),
          Map.entry(Role.BATCH, List.of("-nightly", "-features", "-backfill", "-export")),
          Map.entry(Role.GPU_BATCH, List.of("-embed-batch", "-gpu-batch")),
          Map.entry(Role.TRAINING, List.of("-train")),
          Map.entry(Role.STORE, List.of("-redis", "-postgres", "-online-store", "-cache")),
          Map.entry(Role.LEAKY, List.of("-session-cache", "-stream-joiner")),
          Map.entry(Role.SPIKY, List.of("-report-api", "-explain-api")));

  private DemoFleetBuilder() {}

  static DemoFleet build(long seed) {
    List<ClusterPlan> plans = Blueprint.clusters();
    List<SimCluster> clusters = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      clusters.add(cluster(plans.get(i), new Draw(Noise.stream(seed, i)), seed));
    }
    return new DemoFleet(seed, clusters);
  }

  private static SimCluster cluster(ClusterPlan plan, Draw draw, long seed) {
    WorkloadFactory factory = new WorkloadFactory(plan, draw, seed);
    List<SimWorkload> workloads = new ArrayList<>();
    for (NamespacePlan ns : plan.namespaces()) {
      Set<String> used = new HashSet<>();
      int namedCursor = 0;
      for (var entry : ns.mix().entrySet()) {
        Role role = entry.getKey();
        for (int k = 0; k < entry.getValue(); k++) {
          String base =
              role == Role.SYSTEM || role == Role.DAEMON
                  ? ns.bases().get(namedCursor++ % ns.bases().size())
                  : ns.bases().get((k + role.ordinal()) % ns.bases().size());
          Draft d =
              factory.create(ns.name(), ns.team(), unique(name(role, base, k), used), base, role);
          workloads.add(d.workload().withPods(podNames(d.workload(), d.replicas(), draw)));
        }
      }
    }
    Draw showcaseDraw = showcaseDraw(seed, plan.name(), 0);
    for (Draft d : Showcase.of(plan, seed)) {
      workloads.add(d.workload().withPods(podNames(d.workload(), d.replicas(), showcaseDraw)));
    }
    List<String> namespaces = plan.namespaces().stream().map(NamespacePlan::name).toList();
    return place(
        new SimCluster(
            plan.name(),
            plan.provider(),
            plan.region(),
            plan.utcOffsetHours(),
            List.of(),
            namespaces,
            workloads),
        plan,
        draw,
        showcaseDraw);
  }

  /**
   * The draws of the showcase workloads (their pod names, the nodes added for them), apart from the
   * blueprint's so that adding them changes none of the original fleet's names.
   */
  private static Draw showcaseDraw(long seed, String cluster, int generation) {
    return new Draw(Noise.stream(seed, cluster.hashCode(), generation, 0x5ca5e));
  }

  /**
   * Packs the cluster's pods onto as few nodes as fit, as the cluster autoscaler settles after
   * requests change: after a rightsizing the pool shrinks and the cluster costs less. Workloads in
   * {@code rolledOut} get new pods (a rollout replaces them); the others keep their pod names.
   */
  static SimCluster repack(
      SimCluster cluster, long seed, int generation, Set<WorkloadRef> rolledOut) {
    ClusterPlan plan =
        Blueprint.clusters().stream()
            .filter(p -> p.name().equals(cluster.name()))
            .findFirst()
            .orElseThrow();
    Draw draw = new Draw(Noise.stream(seed, cluster.name().hashCode(), generation));
    Draw showcaseDraw = showcaseDraw(seed, cluster.name(), generation);
    List<SimWorkload> workloads =
        cluster.workloads().stream()
            .map(
                w ->
                    rolledOut.contains(w.ref())
                        ? w.withPods(
                            podNames(
                                w, w.pods().size(), w.extras().showcase() ? showcaseDraw : draw))
                        : w)
            .toList();
    return place(cluster.withWorkloads(workloads), plan, draw, showcaseDraw);
  }

  /**
   * Assigns every pod a node, first-fit largest first; DaemonSets get one pod per node. The
   * blueprint's workloads are placed first and the showcase ones after, with their own draws, so
   * the blueprint's pods land where they always did; nodes added for the showcase come last.
   */
  private static SimCluster place(SimCluster cluster, ClusterPlan plan, Draw draw, Draw showcase) {
    Resources perNode =
        cluster.workloads().stream()
            .filter(w -> w.ref().kind() == WorkloadKind.DAEMON_SET)
            .map(w -> w.primary().spec().requests())
            .reduce(Resources.NONE, Resources::plus);
    NodePacker packer = new NodePacker(plan, draw, perNode);
    Map<String, List<SimPod>> placed = new HashMap<>();
    for (boolean showcased : new boolean[] {false, true}) {
      if (showcased) {
        packer.continueWith(showcase);
      }
      List<SimWorkload> bySize =
          cluster.workloads().stream()
              .filter(w -> w.ref().kind() != WorkloadKind.DAEMON_SET)
              .filter(w -> w.extras().showcase() == showcased)
              .sorted(
                  Comparator.comparingDouble(
                          (SimWorkload w) -> -w.primary().spec().requests().cpuCores())
                      .thenComparing(w -> w.ref().id()))
              .toList();
      for (SimWorkload w : bySize) {
        Resources perReplica = w.requestsPerReplica();
        placed.put(
            w.ref().id(),
            w.pods().stream()
                .map(
                    p ->
                        new SimPod(
                            p.name(),
                            packer.place(
                                perReplica,
                                w.primary().spec().gpu(),
                                w.ref().kind() == WorkloadKind.JOB)))
                .toList());
      }
    }
    List<Node> nodes = packer.nodes();
    int original = packer.nodesBeforeContinuing();
    List<SimWorkload> workloads =
        cluster.workloads().stream()
            .map(
                w ->
                    w.withPods(
                        w.ref().kind() == WorkloadKind.DAEMON_SET
                            ? daemonPods(w, nodes, original, draw, showcase)
                            : placed.get(w.ref().id())))
            .toList();
    return new SimCluster(
        cluster.name(),
        cluster.provider(),
        cluster.region(),
        cluster.utcOffsetHours(),
        nodes,
        cluster.namespaces(),
        workloads);
  }

  /**
   * One pod per node, named from the blueprint's draws on its nodes, the showcase's on the rest.
   */
  private static List<SimPod> daemonPods(
      SimWorkload w, List<Node> nodes, int original, Draw draw, Draw showcase) {
    List<SimPod> pods = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      Draw names = i < original ? draw : showcase;
      pods.add(new SimPod(w.ref().name() + "-" + names.kubeSuffix(5), nodes.get(i).name()));
    }
    return pods;
  }

  /** New pod names, unplaced, as a controller names a new generation of pods. */
  private static List<SimPod> podNames(SimWorkload w, int replicas, Draw draw) {
    String templateHash = draw.kubeSuffix(10);
    List<SimPod> pods = new ArrayList<>();
    for (int r = 0; r < replicas; r++) {
      pods.add(new SimPod(podName(w, r, templateHash, draw), null));
    }
    return pods;
  }

  private static String name(Role role, String base, int k) {
    return switch (role) {
      case SYSTEM, DAEMON -> base;
      case NOTEBOOK -> "jupyter-" + base;
      case GPU_NOTEBOOK -> "jupyter-" + base + "-gpu";
      case TRAINING -> base + "-train-r" + (k + 1);
      default -> {
        List<String> suffixes = SUFFIXES.get(role);
        yield base + suffixes.get((k + k / 5) % suffixes.size());
      }
    };
  }

  private static String unique(String name, Set<String> used) {
    String candidate = name;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = name + "-" + n;
    }
    return candidate;
  }

  private static String podName(SimWorkload w, int replica, String templateHash, Draw draw) {
    String name = w.ref().name();
    return switch (w.ref().kind()) {
      case STATEFUL_SET -> name + "-" + replica;
      case DEPLOYMENT -> name + "-" + templateHash + "-" + draw.kubeSuffix(5);
      case CRON_JOB ->
          name + "-" + (29_000_000 + draw.between(0, 999_999)) + "-" + draw.kubeSuffix(5);
      default -> name + "-" + draw.kubeSuffix(5);
    };
  }
}
