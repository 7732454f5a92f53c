package dev.fleetscope.model;

/** Where a container sits in its pod, which decides how it is counted and sized. */
public enum ContainerKind {
  /** An app container ({@code spec.containers}). */
  CONTAINER,
  /**
   * A native sidecar: an init container with {@code restartPolicy: Always}, running beside the app
   * containers for the pod's life; counted and sized like one of them.
   */
  SIDECAR,
  /**
   * An ordinary init container: runs to completion before the app containers start, so only its
   * peak matters (the pod's effective request is the larger of it and the app containers' sum).
   */
  INIT
}
