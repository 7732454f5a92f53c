/**
 * The fleet as a user thinks of it: fleet, cluster, node, namespace, workload, pod, container, and
 * the usage history of each workload container. Everything here is immutable (or an append-only
 * buffer that hands out immutable views) so that sources can publish snapshots from any thread and
 * views can read them on the FX thread without locks. No JavaFX, no HTTP, no SQL in this package.
 *
 * <p>Units are fixed and never implied by a name alone: CPU in cores, memory in bytes, GPU
 * utilization as a fraction 0..1, money with its {@link java.util.Currency}, time in UTC instants.
 */
package dev.fleetscope.model;
