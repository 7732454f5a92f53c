package dev.fleetscope.runtime;

/**
 * A source answered, but holds nothing the work asked of it can use: usage series without the
 * kube-state-metrics facts that name their workloads, no usage at all in the window. The message
 * says what was looked at (the source, the window or instant, the query) and what was missing, so
 * that an empty result is never mistaken for a clean fleet.
 */
public final class NothingToWorkOnException extends RuntimeException {
  public NothingToWorkOnException(String message) {
    super(message);
  }
}
