package dev.fleetscope.model.change;

/** Where a workload's rollout stands. */
public sealed interface RolloutState {
  /** Every replica runs the current template and is available. */
  record Complete() implements RolloutState {}

  /** Still replacing pods; {@code detail} says how far ("2 of 3 updated"). */
  record Progressing(String detail) implements RolloutState {}

  /** The controller gave up (progress deadline exceeded, pods crash-looping...). */
  record Failed(String reason) implements RolloutState {}
}
