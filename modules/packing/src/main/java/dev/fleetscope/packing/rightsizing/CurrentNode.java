package dev.fleetscope.packing.rightsizing;

import dev.fleetscope.packing.NodeType;

/** A node of the cluster today: its pool (node group, Karpenter NodePool), type and zone. */
public record CurrentNode(String name, String pool, NodeType type, String zone) {}
