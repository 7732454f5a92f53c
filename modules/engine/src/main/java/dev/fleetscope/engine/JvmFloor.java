package dev.fleetscope.engine;

import dev.fleetscope.model.JvmMemory;
import dev.fleetscope.model.Units;
import java.util.Arrays;

/**
 * A JVM is never given a memory limit it does not fit in. With a fixed heap the limit (and the
 * request: the JVM will use it) is at least the heap plus the overhead beside it. With a heap that
 * is a share of the limit ({@code -XX:MaxRAMPercentage}, 25% by default), the limit must leave the
 * overhead room and give the heap what the history shows it held (the peak less the overhead); the
 * reason says what heap the new limit gives.
 */
final class JvmFloor {
  private JvmFloor() {}

  static Proposal hold(Proposal proposal, UsageHistory history, ContainerFacts facts) {
    if (facts.jvm().isEmpty()) {
      return proposal;
    }
    JvmMemory jvm = facts.jvm().get();
    Sizing sizing = proposal.sizing();
    long floor = floor(jvm, history);
    String reason = proposal.reason();
    if (sizing.memoryLimit() < floor) {
      sizing =
          new Sizing(
              sizing.requests().withMemory(Math.max(sizing.memoryRequest(), floor)),
              sizing.limits().withMemory(floor));
      reason +=
          " JVM ("
              + jvm.evidence()
              + "): memory limit held at "
              + Units.bytes(floor)
              + ", "
              + (jvm.fixedHeap()
                  ? "its fixed heap plus " + Units.bytes(jvm.overheadBytes()) + " beside it."
                  : "the least that holds its heap and "
                      + Units.bytes(jvm.overheadBytes())
                      + " beside it.");
    }
    if (!jvm.fixedHeap() && sizing.limits().memoryBounded()) {
      reason +=
          " Its heap is "
              + Units.percent(jvm.maxRamFraction())
              + " of the limit: "
              + Units.bytes(jvm.heapAt(sizing.memoryLimit()))
              + " at "
              + Units.bytes(sizing.memoryLimit())
              + "; the history was recorded with a heap sized from the old limit.";
    }
    return sizing == proposal.sizing() && reason.equals(proposal.reason())
        ? proposal
        : new Proposal(sizing, reason);
  }

  static long floor(JvmMemory jvm, UsageHistory history) {
    if (jvm.fixedHeap()) {
      return jvm.floorBytes();
    }
    double peak = Arrays.stream(history.memoryBytes()).filter(v -> v == v).max().orElse(0);
    long heapNeeded =
        (long) Math.ceil(Math.max(0, peak - jvm.overheadBytes()) / jvm.maxRamFraction());
    return Math.max(jvm.floorBytes(), heapNeeded);
  }

  /**
   * Would-be OOMs of a JVM under a memory limit: every sample once the JVM's footprint (its maximum
   * heap plus overhead, which it grows into) exceeds the limit; else, for a percentage heap, the
   * samples whose heap (use less overhead) the smaller heap could not hold.
   */
  static long overLimit(double[] memory, JvmMemory jvm, double limit) {
    long samples = Arrays.stream(memory).filter(v -> v == v).count();
    if (jvm.footprintAt(limit) > limit) {
      return samples;
    }
    if (jvm.fixedHeap()) {
      return 0;
    }
    double heap = jvm.heapAt(limit);
    return Arrays.stream(memory).filter(v -> v - jvm.overheadBytes() > heap).count();
  }
}
