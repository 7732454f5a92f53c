/**
 * Node rightsizing of a cluster, as advice: today's nodes and what the same pods would need at
 * today's and at recommended requests, on today's instance types and on the cheapest feasible mix
 * of candidate types, per node pool, with the pods that would move and what blocks consolidation.
 * Entry point: {@link dev.fleetscope.packing.rightsizing.NodeRightsizing#compare}. Plain records
 * in, plain records out; nothing is changed on any cluster.
 */
package dev.fleetscope.packing.rightsizing;
