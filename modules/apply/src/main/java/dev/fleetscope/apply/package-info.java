/**
 * Applying a rightsizing plan so that it cannot surprise anyone: the plan is read ({@link
 * dev.fleetscope.apply.PlanFile}), pinned to the values the cluster holds now ({@link
 * dev.fleetscope.apply.ChangePlanner}), screened by the {@link dev.fleetscope.apply.GuardRails},
 * previewed, dry-run on the server, and then sent in audited batches by the {@link
 * dev.fleetscope.apply.RunExecutor}. Interrupted runs are reconciled with the cluster by {@link
 * dev.fleetscope.apply.Recovery}; {@link dev.fleetscope.apply.Undo} builds rollbacks and
 * resumptions from the audit log.
 *
 * <p>Clusters and the audit log are reached only through the ports of {@code
 * dev.fleetscope.model.change}.
 */
package dev.fleetscope.apply;
