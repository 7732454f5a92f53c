package dev.fleetscope.packing.rightsizing;

import dev.fleetscope.packing.PodRequest;

/**
 * A pod of the cluster today and the node it runs on.
 *
 * @param localStorage whether it keeps data on the node (emptyDir on disk, hostPath, a local
 *     volume): the cluster autoscaler will not drain such a node, so the pod pins it
 */
public record ScheduledPod(PodRequest pod, String node, boolean localStorage) {}
