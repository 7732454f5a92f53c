package dev.fleetscope.simulator;

import java.util.List;
import java.util.stream.Stream;

/**
 * The demo fleet's fixed shape for one seed: clusters, nodes, workloads and the profiles driving
 * them.
 */
record DemoFleet(long seed, List<SimCluster> clusters) {
  Stream<SimWorkload> workloads() {
    return clusters.stream().flatMap(c -> c.workloads().stream());
  }

  Stream<SimContainer> containers() {
    return workloads().flatMap(w -> w.containers().stream());
  }
}
