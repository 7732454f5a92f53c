package dev.fleetscope.model.change;

import dev.fleetscope.model.WorkloadRef;
import java.time.Duration;
import java.util.Optional;

/**
 * Writes resource changes to clusters: the Kubernetes adapter and the demo fleet implement it.
 * Every call may block on I/O; none is made on the FX thread.
 */
public interface ClusterWriter {
  /**
   * Finds a workload by the names a container id carries ({@code cluster/namespace/owner}); empty
   * when there is none. Throws when the name is ambiguous (a Deployment and a StatefulSet of the
   * same name).
   */
  Optional<WorkloadState> find(String cluster, String namespace, String name)
      throws ClusterWriteException;

  /** The workload as the cluster holds it now. */
  WorkloadState read(WorkloadRef workload) throws ClusterWriteException;

  /**
   * Asks the server to validate the change without persisting it (Kubernetes {@code dryRun=All});
   * returns the server's answer in a line. Throws {@link ClusterWriteException.Reason#CONFLICT}
   * when the workload no longer holds {@code before}.
   */
  String dryRun(WorkloadChange change, ApplyMethod method) throws ClusterWriteException;

  /**
   * Sends the change, refusing it with a conflict when the workload no longer holds {@code before}.
   */
  void apply(WorkloadChange change, ApplyMethod method) throws ClusterWriteException;

  /**
   * Waits up to {@code wait} for the change to reach every replica (a template change's rollout, or
   * the pods' in-place resize) or to fail; {@link Duration#ZERO} only looks. Returns {@link
   * RolloutState.Progressing} when it is still under way after the wait.
   */
  RolloutState rollout(WorkloadChange change, ApplyMethod method, Duration wait)
      throws ClusterWriteException, InterruptedException;

  /** Whether the cluster can resize running pods in place (Kubernetes 1.33+). */
  boolean supportsInPlaceResize(String cluster) throws ClusterWriteException;
}
