package dev.fleetscope.simulator;

/** A replica of a demo workload and the node it was placed on. */
record SimPod(String name, String node) {}
