package dev.fleetscope.model.change;

/** How a change reaches running pods. */
public enum ApplyMethod {
  /** Patch the pod template; the controller replaces the pods (they restart). */
  ROLLOUT,
  /**
   * Resize the running pods in place (Kubernetes 1.33+ {@code resize} subresource): no restart, but
   * the pod template keeps its old values, so pods created later start with those.
   */
  IN_PLACE
}
