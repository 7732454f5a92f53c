package dev.fleetscope.model;

import java.util.List;

public record Namespace(String name, List<Workload> workloads) {
  public Namespace {
    workloads = List.copyOf(workloads);
  }
}
