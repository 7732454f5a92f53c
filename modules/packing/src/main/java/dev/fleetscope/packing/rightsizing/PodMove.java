package dev.fleetscope.packing.rightsizing;

/** A pod the proposal moves, from today's node to a node of the proposal. */
public record PodMove(String pod, String fromNode, String toNode) {}
