package dev.fleetscope.runtime.alerts;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Container;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One cluster, one namespace, one workload of one container that may have been OOM-killed. */
final class SmallFleet {
  static final WorkloadRef RANKER =
      new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "ranker");
  static final ContainerRef SERVER = RANKER.container("server");

  private SmallFleet() {}

  static FleetSnapshot at(Instant now, List<SourceStatus> sources, Instant... oomKills) {
    ContainerSpec spec =
        new ContainerSpec(
            "server",
            Resources.of(1, 1L << 30),
            Resources.of(2, 2L << 30),
            new GpuAllocation.None());
    Pod pod =
        new Pod(
            "ranker-0",
            "node-1",
            PodPhase.RUNNING,
            List.of(new Container(spec, oomKills.length, Optional.empty())));
    Workload ranker =
        new Workload(
            RANKER,
            Map.of(),
            "search",
            Optional.of("ranker"),
            1,
            List.of(spec),
            List.of(pod),
            Optional.empty());
    Cluster prod =
        new Cluster(
            "prod",
            Provider.AWS,
            "eu-west-1",
            "prom",
            List.of(),
            List.of(new Namespace("ml", List.of(ranker))));
    return new FleetSnapshot(
        now,
        List.of(prod),
        Map.of(SERVER, new ContainerUsage(SERVER, Map.of(), Map.of(), List.of(oomKills))),
        sources);
  }
}
