/**
 * Kubernetes clusters through the official client-java: kubeconfig contexts loaded as kubectl loads
 * them ({@link dev.fleetscope.kubernetes.Kubeconfig}), one {@link
 * dev.fleetscope.kubernetes.ClusterConnection} per context with its own health ({@link
 * dev.fleetscope.kubernetes.HealthProbe}), inventory by list and watch ({@link
 * dev.fleetscope.kubernetes.KubernetesFleetSource}), and the cluster-writer port ({@link
 * dev.fleetscope.kubernetes.KubernetesClusterWriter}: JSON Patch with {@code test} operations,
 * {@code dryRun=All}, rollout watch, in-place resize). A read-only connection refuses every non-GET
 * request at the HTTP layer ({@link dev.fleetscope.kubernetes.ReadOnlyInterceptor}).
 */
package dev.fleetscope.kubernetes;
