package dev.fleetscope.model;

import java.time.Instant;

/**
 * Why and when a container last stopped, as the kubelet reports it ({@code OOMKilled}, {@code
 * Error}, ...).
 */
public record Termination(String reason, int exitCode, Instant at) {
  public static final String OOM_KILLED = "OOMKilled";

  public boolean oomKilled() {
    return OOM_KILLED.equals(reason);
  }
}
