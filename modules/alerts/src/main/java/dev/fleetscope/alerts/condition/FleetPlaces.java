package dev.fleetscope.alerts.condition;

import dev.fleetscope.alerts.input.Placement;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadRef;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Where subjects live, looked up in the fleet snapshot when there is one. */
final class FleetPlaces {
  private final Map<WorkloadRef, Workload> workloads;

  FleetPlaces(Optional<FleetSnapshot> fleet) {
    this.workloads =
        fleet
            .map(
                f ->
                    f.workloads()
                        .collect(
                            Collectors.toMap(
                                Workload::ref, Function.identity(), (first, later) -> first)))
            .orElse(Map.of());
  }

  Optional<Workload> workload(WorkloadRef ref) {
    return Optional.ofNullable(workloads.get(ref));
  }

  /** The container's workload's place, else at least its cluster and namespace. */
  Placement of(ContainerRef container) {
    WorkloadRef ref = container.workload();
    return workload(ref)
        .map(Placement::of)
        .orElseGet(() -> Placement.of(ref.cluster(), ref.namespace(), "", Optional.empty()));
  }

  /** Every place a model is served from: the workloads labelled with it. */
  Placement servingModel(String model) {
    return workloads.values().stream()
        .filter(w -> w.model().filter(model::equals).isPresent())
        .map(Placement::of)
        .reduce(Placement.ofModel(model), Placement::plus);
  }
}
