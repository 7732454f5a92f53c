package dev.fleetscope.model;

import dev.fleetscope.model.poll.PolledSource;

/**
 * Anything that reports clusters and usage: the demo fleet, a Prometheus, a kubeconfig context.
 *
 * <p>{@link #poll()} may block on I/O; it is called on a virtual thread of its own, never on the FX
 * thread, and a slow or failing source only makes its own clusters stale.
 */
public interface FleetSource extends PolledSource<FleetSnapshot> {
  /** Stable id, unique among the sources; clusters carry it as {@link Cluster#sourceId()}. */
  @Override
  String id();

  /**
   * The source's clusters and usage now. Throws with a message a person understands when it cannot.
   */
  @Override
  FleetSnapshot poll() throws Exception;
}
