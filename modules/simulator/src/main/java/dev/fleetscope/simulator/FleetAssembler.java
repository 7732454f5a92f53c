package dev.fleetscope.simulator;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Container;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.Termination;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dresses the demo fleet at one instant as the model's clusters: pods running or done, restarts,
 * OOM kills.
 */
final class FleetAssembler {
  private final UsagePoint point = new UsagePoint();

  interface OomHistory {
    List<Instant> oomKills(SimContainer container);
  }

  List<Cluster> clusters(DemoFleet fleet, String sourceId, long minute, OomHistory ooms) {
    List<Cluster> clusters = new ArrayList<>();
    for (SimCluster c : fleet.clusters()) {
      Map<String, List<Workload>> byNamespace = new LinkedHashMap<>();
      c.namespaces().forEach(ns -> byNamespace.put(ns, new ArrayList<>()));
      for (SimWorkload w : c.workloads()) {
        byNamespace.get(w.ref().namespace()).add(workload(w, minute, ooms));
      }
      List<Namespace> namespaces =
          byNamespace.entrySet().stream()
              .map(e -> new Namespace(e.getKey(), e.getValue()))
              .toList();
      clusters.add(
          new Cluster(c.name(), c.provider(), c.region(), sourceId, c.nodes(), namespaces));
    }
    return clusters;
  }

  private Workload workload(SimWorkload w, long minute, OomHistory ooms) {
    w.primary().usage(minute, point);
    boolean batch = w.ref().kind() == WorkloadKind.JOB || w.ref().kind() == WorkloadKind.CRON_JOB;
    PodPhase phase = !batch || point.running ? PodPhase.RUNNING : PodPhase.SUCCEEDED;
    List<Container> containers =
        w.containers().stream().map(c -> container(c, ooms.oomKills(c))).toList();
    List<Pod> pods =
        w.pods().stream().map(p -> new Pod(p.name(), p.node(), phase, containers)).toList();
    return w.asModel(pods, DemoJobRuns.of(w, minute));
  }

  private static Container container(SimContainer c, List<Instant> oomKills) {
    Optional<Termination> last =
        oomKills.isEmpty()
            ? Optional.empty()
            : Optional.of(new Termination(Termination.OOM_KILLED, 137, oomKills.getLast()));
    return new Container(c.spec(), oomKills.size(), last);
  }
}
