/**
 * The packing module's inputs built from the model's {@link dev.fleetscope.model.FleetSnapshot}: a
 * cluster's nodes and pods as {@link dev.fleetscope.packing.rightsizing.ClusterNodes}, and
 * per-container recommended requests as per-pod requests.
 */
package dev.fleetscope.packing.fleet;
