package dev.fleetscope.alerts.input;

/**
 * The groups of {@link AlertInputs}. A group the caller has not given is unknown, not empty: the
 * alerts computed from it stay as they were instead of resolving.
 */
public enum InputKind {
  FLEET,
  RUNS,
  DRIFT,
  THROTTLING,
  COST,
  SOURCES
}
