package dev.fleetscope.model.change;

import dev.fleetscope.model.Resources;
import java.util.List;
import java.util.Map;

/**
 * What a running pod's status says about resizing it in place: its node's allocatable capacity, the
 * resources the kubelet applied to each container ({@code status.containerStatuses[].resources})
 * and the resize conditions with the generation each was observed at.
 *
 * @param generation {@code metadata.generation}: a resize raises it
 * @param nodeAllocatable the allocatable CPU and memory of the pod's node ({@link Resources#NONE}
 *     when unknown)
 */
public record PodStatus(
    String node,
    Resources nodeAllocatable,
    long generation,
    Map<String, ContainerResources> actual,
    List<ResizeCondition> conditions) {

  public PodStatus {
    actual = Map.copyOf(actual);
    conditions = List.copyOf(conditions);
  }

  /**
   * A {@code PodResizePending} (reason {@code Deferred} or {@code Infeasible}) or {@code
   * PodResizeInProgress} condition.
   */
  public record ResizeCondition(
      String type, String reason, String message, long observedGeneration) {
    public static final String PENDING = "PodResizePending";
    public static final String IN_PROGRESS = "PodResizeInProgress";

    public boolean infeasible() {
      return PENDING.equals(type) && "Infeasible".equals(reason);
    }

    public boolean deferred() {
      return PENDING.equals(type) && "Deferred".equals(reason);
    }
  }

  /** The conditions the kubelet set for the pod's current generation (older ones are stale). */
  public List<ResizeCondition> current() {
    return conditions.stream().filter(c -> c.observedGeneration() >= generation).toList();
  }
}
