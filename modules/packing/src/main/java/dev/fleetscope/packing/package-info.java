/**
 * Node rightsizing: pods packed onto the cheapest feasible nodes of candidate instance types.
 *
 * <p>Entry points: {@link dev.fleetscope.packing.Packer#pack} turns a {@link
 * dev.fleetscope.packing.PackingProblem} (pods, candidate {@link dev.fleetscope.packing.NodeType}s,
 * DaemonSet overhead, nodes that must stay) into a {@link dev.fleetscope.packing.Packing}; {@link
 * dev.fleetscope.packing.LowerBound#of} says how far below its cost no packing can go. Every
 * placement respects every constraint a pod states; a pod no type can hold comes back unplaced with
 * the reason, never dropped. Same input, same packing.
 *
 * <p>Units: CPU in cores, memory in bytes, prices in the candidates' currency per hour. Pure Java,
 * no I/O.
 */
package dev.fleetscope.packing;
