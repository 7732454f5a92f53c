package dev.fleetscope.model;

/** The pod lifecycle phases Kubernetes reports. */
public enum PodPhase {
  PENDING,
  RUNNING,
  SUCCEEDED,
  FAILED,
  UNKNOWN
}
