/**
 * Changing a cluster and remembering that it was changed: the two ports the apply orchestration
 * talks through.
 *
 * <p>{@link dev.fleetscope.model.change.ClusterWriter} is implemented by the Kubernetes adapter
 * (JSON Patch, server-side dry run, rollout watch) and by the demo fleet; {@link
 * dev.fleetscope.model.change.AuditLog} by the embedded store. Both speak only the records of this
 * package: exact Kubernetes quantity strings as they stand in a pod template, never a client
 * library's types.
 */
package dev.fleetscope.model.change;
