package dev.fleetscope.apply;

import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.Units;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.ContainerTraits;
import dev.fleetscope.model.change.WorkloadState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What an in-place resize does to a container beyond its new numbers, for the preview. */
final class InPlaceEffects {
  private InPlaceEffects() {}

  /**
   * {@code restarts in each pod (memory resizePolicy RestartContainer)} when the container's resize
   * policy restarts it for a resource the change touches.
   */
  static Optional<String> restart(WorkloadState state, ContainerChange change) {
    ContainerTraits traits = state.traits(change.container());
    List<String> resources = new ArrayList<>();
    if (traits.cpuResizeRestarts() && changes(change, ContainerResources.CPU)) {
      resources.add(ContainerResources.CPU);
    }
    if (traits.memoryResizeRestarts() && changes(change, ContainerResources.MEMORY)) {
      resources.add(ContainerResources.MEMORY);
    }
    return resources.isEmpty()
        ? Optional.empty()
        : Optional.of(
            " restarts in each pod ("
                + String.join(" and ", resources)
                + " resizePolicy RestartContainer)");
  }

  /**
   * A lower memory limit is best effort: the kubelet applies it only if the container uses less at
   * that moment; otherwise the resize stays in progress.
   */
  static Optional<String> lowerMemoryLimit(ContainerChange change) {
    Optional<Long> before =
        change.before().limit(ContainerResources.MEMORY).map(Quantities::parseBytes);
    Optional<Long> after =
        change.after().limit(ContainerResources.MEMORY).map(Quantities::parseBytes);
    if (before.isEmpty() || after.isEmpty() || after.get() >= before.get()) {
      return Optional.empty();
    }
    return Optional.of(
        ": memory limit lowered to "
            + Units.bytes(after.get())
            + " in place is best effort: the kubelet lowers it only while the container uses less,"
            + " else the resize stays in progress");
  }

  private static boolean changes(ContainerChange change, String resource) {
    return !Objects.equals(change.before().request(resource), change.after().request(resource))
        || !Objects.equals(change.before().limit(resource), change.after().limit(resource));
  }
}
