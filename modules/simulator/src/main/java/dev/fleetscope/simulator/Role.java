package dev.fleetscope.simulator;

/** What a demo workload does; decides its kind, profile, GPU use and name. */
enum Role {
  INFERENCE,
  GPU_INFERENCE,
  MIG_INFERENCE,
  WORKER,
  BATCH,
  GPU_BATCH,
  TRAINING,
  NOTEBOOK,
  GPU_NOTEBOOK,
  STORE,
  LEAKY,
  SPIKY,
  /** A named platform component (coredns, prometheus...): steady, named after its base. */
  SYSTEM,
  /** One pod per node. */
  DAEMON
}
