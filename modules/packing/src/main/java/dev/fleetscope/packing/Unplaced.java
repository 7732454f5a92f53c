package dev.fleetscope.packing;

/** A pod no node of any candidate type can hold, and why. */
public record Unplaced(String pod, String reason) {}
