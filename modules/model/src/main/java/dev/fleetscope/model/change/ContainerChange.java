package dev.fleetscope.model.change;

/**
 * One container's resources before and after a change, or the pod's ({@link #POD}). {@code before}
 * is what the cluster held when the change was previewed; a writer must refuse the change when the
 * cluster no longer holds exactly that.
 */
public record ContainerChange(
    String container, ContainerResources before, ContainerResources after) {
  /**
   * The name a change of pod-level resources ({@code spec.resources}) goes by. Not a valid
   * container name (those are DNS labels), so it never collides with one.
   */
  public static final String POD = "(pod)";

  /** The change that undoes this one. */
  public ContainerChange reversed() {
    return new ContainerChange(container, after, before);
  }

  public boolean changesNothing() {
    return before.equals(after);
  }
}
