package dev.fleetscope.model;

import java.time.Duration;
import java.util.Optional;

/**
 * Anything that reports clusters and usage: the demo fleet, a Prometheus, a kubeconfig context.
 *
 * <p>{@link #poll()} may block on I/O; it is called on a virtual thread of its own, never on the FX
 * thread, and a slow or failing source only makes its own clusters stale.
 */
public interface FleetSource extends AutoCloseable {
  /** Stable id, unique among the sources; clusters carry it as {@link Cluster#sourceId()}. */
  String id();

  String displayName();

  /** How often to poll. */
  Duration interval();

  /**
   * The source's clusters and usage now. Throws with a message a person understands when it cannot.
   */
  FleetSnapshot poll() throws Exception;

  /** Long work the source is doing between polls (building history, a first large fetch). */
  default Optional<Progress> progress() {
    return Optional.empty();
  }

  @Override
  default void close() {}
}
