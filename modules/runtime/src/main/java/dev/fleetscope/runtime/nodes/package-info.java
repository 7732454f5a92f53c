/**
 * Node rightsizing for both front ends: the fleet's clusters (through the packing module's {@code
 * SnapshotNodes}), the recommended requests (the engine's, or a plan's) and the instance price
 * snapshot in use joined into a per-cluster comparison of today's nodes with what the same pods
 * would need; the same packing on other clouds' instance types; and the pool proposals as YAML. All
 * of it is advice: nothing here talks to a cluster.
 */
package dev.fleetscope.runtime.nodes;
