package dev.fleetscope.simulator;

import dev.fleetscope.model.serving.ServerKind;

/**
 * A demo workload that serves a model, the kind of server it runs and how it behaves.
 *
 * @param model the model as its server labels it (the workload's {@code model} label)
 * @param olderNames a vLLM of an older version: {@code gpu_cache_usage_perc} and {@code
 *     time_per_output_token_seconds} instead of their current names
 * @param degradesUnderLoad latency climbs steeply in the busiest hours of the day
 * @param errorsSpike a dependency fails every afternoon for 40 minutes: errors jump
 */
record DemoServer(
    String cluster,
    double utcOffsetHours,
    SimWorkload workload,
    ServerKind kind,
    String model,
    ServingTraits traits,
    boolean olderNames,
    boolean degradesUnderLoad,
    boolean errorsSpike) {

  /** The workload's pods all carry the same traffic: one replica's share. */
  int replicas() {
    return Math.max(1, workload.pods().size());
  }
}
