package dev.fleetscope.apply;

import dev.fleetscope.apply.Refusal.GuardRail;
import dev.fleetscope.model.JvmMemory;
import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.Units;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.WorkloadState;
import java.util.Optional;

/**
 * A JVM's memory limit must hold its maximum heap plus the memory beside it: below that the
 * container is OOM-killed as soon as the heap fills, however little it used before. With a heap
 * that is a percentage of the limit, the share left over must hold the overhead.
 */
final class JvmRail {
  private JvmRail() {}

  static Optional<Refusal> check(WorkloadState state, ContainerChange change) {
    Optional<JvmMemory> jvm = state.traits(change.container()).jvm();
    Optional<Long> limit =
        change.after().limit(ContainerResources.MEMORY).map(Quantities::parseBytes);
    if (jvm.isEmpty() || limit.isEmpty() || limit.get() >= jvm.get().floorBytes()) {
      return Optional.empty();
    }
    return Optional.of(
        new Refusal(
            state.ref().container(change.container()).id(),
            GuardRail.JVM_HEAP,
            "memory limit "
                + Units.bytes(limit.get())
                + " is below what its JVM takes ("
                + jvm.get().describeHeap()
                + ", "
                + jvm.get().evidence()
                + ", plus "
                + Units.bytes(jvm.get().overheadBytes())
                + " beside the heap: at least "
                + Units.bytes(jvm.get().floorBytes())
                + ")"));
  }
}
