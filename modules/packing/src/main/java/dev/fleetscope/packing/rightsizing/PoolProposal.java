package dev.fleetscope.packing.rightsizing;

import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.packing.Packing;
import dev.fleetscope.packing.Unplaced;
import java.util.List;
import java.util.Map;

/**
 * What one node pool runs today and what it would run: node counts by instance type, cost per hour,
 * the pods that would move and what blocks consolidation. {@code proposal} holds every node with
 * its pods (nodes that stay keep their names).
 */
public record PoolProposal(
    String pool,
    Map<String, Integer> todayTypes,
    double todayCostPerHour,
    Map<String, Integer> proposedTypes,
    double proposedCostPerHour,
    List<PodMove> moves,
    List<Blocker> blockers,
    List<Unplaced> unplaced,
    Packing proposal) {

  public PoolProposal {
    todayTypes = Map.copyOf(todayTypes);
    proposedTypes = Map.copyOf(proposedTypes);
    moves = List.copyOf(moves);
    blockers = List.copyOf(blockers);
    unplaced = List.copyOf(unplaced);
  }

  /** What the proposal saves per month of 730 hours (negative when it costs more). */
  public double savingPerMonth() {
    return (todayCostPerHour - proposedCostPerHour) * HourlyPrice.HOURS_PER_MONTH;
  }

  public int todayNodes() {
    return todayTypes.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int proposedNodes() {
    return proposedTypes.values().stream().mapToInt(Integer::intValue).sum();
  }
}
