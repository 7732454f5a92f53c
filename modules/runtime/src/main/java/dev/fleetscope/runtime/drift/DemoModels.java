package dev.fleetscope.runtime.drift;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.simulator.DemoFleetSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The models the demo fleet serves online: Deployments of the demo source that carry a {@code
 * model} label. Training jobs and batch scoring carry the label too, but log no requests. One entry
 * per model, with every service that serves it.
 */
public final class DemoModels {
  private DemoModels() {}

  public static List<MonitoredModel.Demo> of(FleetSnapshot snapshot) {
    Map<String, List<WorkloadRef>> services = new TreeMap<>();
    for (Cluster cluster : snapshot.clusters()) {
      if (!cluster.sourceId().equals(DemoFleetSource.ID)) {
        continue;
      }
      cluster
          .workloads()
          .filter(DemoModels::servesOnline)
          .forEach(
              w ->
                  services
                      .computeIfAbsent(w.model().orElseThrow(), m -> new ArrayList<>())
                      .add(w.ref()));
    }
    return services.entrySet().stream()
        .map(e -> new MonitoredModel.Demo(e.getKey(), e.getValue()))
        .toList();
  }

  private static boolean servesOnline(Workload w) {
    return w.kind() == WorkloadKind.DEPLOYMENT && w.model().isPresent();
  }
}
