package dev.fleetscope.model.change;

import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.JvmMemory;
import java.util.Optional;

/**
 * What a change must know of a container besides its resources: where it sits in the pod, whether
 * an in-place resize restarts it ({@code resizePolicy} {@code RestartContainer}), and its JVM.
 */
public record ContainerTraits(
    ContainerKind kind,
    boolean cpuResizeRestarts,
    boolean memoryResizeRestarts,
    Optional<JvmMemory> jvm) {
  public static final ContainerTraits PLAIN =
      new ContainerTraits(ContainerKind.CONTAINER, false, false, Optional.empty());
}
