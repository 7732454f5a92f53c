package dev.fleetscope.simulator;

import dev.fleetscope.model.Node;
import dev.fleetscope.model.Provider;
import java.util.List;

/** A demo cluster: its nodes, namespaces and workloads, and the local time its users keep. */
record SimCluster(
    String name,
    Provider provider,
    String region,
    double utcOffsetHours,
    List<Node> nodes,
    List<String> namespaces,
    List<SimWorkload> workloads) {

  SimCluster withWorkloads(List<SimWorkload> replaced) {
    return new SimCluster(name, provider, region, utcOffsetHours, nodes, namespaces, replaced);
  }
}
