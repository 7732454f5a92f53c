package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriter;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.RolloutState;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;
import dev.fleetscope.runtime.fleet.TinyFleet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stand-in for TinyFleet's cluster "lab": its one Deployment as an API server holds it (quantity
 * strings, two pods), refusing a change whose {@code before} it no longer holds, as the JSON
 * Patch's test operations make a real one do.
 */
final class TinyClusterWriter implements ClusterWriter {
  static final ContainerResources NOW =
      new ContainerResources(
          Map.of("cpu", "1", "memory", "2Gi"), Map.of("cpu", "2", "memory", "4Gi"));

  private ContainerResources main = NOW;
  int applied;

  @Override
  public synchronized Optional<WorkloadState> find(String cluster, String namespace, String name) {
    WorkloadRef api = TinyFleet.API;
    return cluster.equals(api.cluster())
            && namespace.equals(api.namespace())
            && name.equals(api.name())
        ? Optional.of(state())
        : Optional.empty();
  }

  @Override
  public synchronized WorkloadState read(WorkloadRef workload) {
    return state();
  }

  @Override
  public synchronized String dryRun(WorkloadChange change, ApplyMethod method)
      throws ClusterWriteException {
    check(change, method);
    return "accepted (dry run)";
  }

  @Override
  public synchronized void apply(WorkloadChange change, ApplyMethod method)
      throws ClusterWriteException {
    check(change, method);
    main =
        change.containers().stream()
            .filter(c -> c.container().equals("main"))
            .map(ContainerChange::after)
            .findFirst()
            .orElse(main);
    applied++;
  }

  @Override
  public RolloutState rollout(WorkloadChange change, ApplyMethod method, Duration wait) {
    return new RolloutState.Complete();
  }

  @Override
  public boolean supportsInPlaceResize(String cluster) {
    return false;
  }

  synchronized ContainerResources main() {
    return main;
  }

  private void check(WorkloadChange change, ApplyMethod method) throws ClusterWriteException {
    if (!state().holds(change, method, false)) {
      throw new ClusterWriteException(
          ClusterWriteException.Reason.CONFLICT,
          change.workload() + " was changed since the preview");
    }
  }

  private WorkloadState state() {
    Map<String, ContainerResources> containers = new LinkedHashMap<>(Map.of("main", main));
    Map<String, Map<String, ContainerResources>> pods = new LinkedHashMap<>();
    pods.put("api-1", containers);
    pods.put("api-2", containers);
    return new WorkloadState(
        TinyFleet.API, containers, 2, pods, Optional.empty(), List.of(), false);
  }
}
