package dev.fleetscope.model;

import java.util.List;

/** One replica of a workload, scheduled on a node. */
public record Pod(String name, String node, PodPhase phase, List<Container> containers) {
  public Pod {
    containers = List.copyOf(containers);
  }

  public int restarts() {
    return containers.stream().mapToInt(Container::restarts).sum();
  }
}
