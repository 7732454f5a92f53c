package dev.fleetscope.model.poll;

import dev.fleetscope.model.Progress;
import java.time.Duration;
import java.util.Optional;

/**
 * Anything a {@link SourcePoller} polls: a fleet source, a pipeline source.
 *
 * <p>{@link #poll()} may block on I/O; it is called on a virtual thread of its own, never on the FX
 * thread, so a slow or failing source only makes its own answer stale.
 *
 * @param <A> what one poll answers
 */
public interface PolledSource<A> extends AutoCloseable {
  /** Stable id, unique among the sources of one poller. */
  String id();

  String displayName();

  /** How often to poll. */
  Duration interval();

  /** The answer now. Throws with a message a person understands when it cannot. */
  A poll() throws Exception;

  /** Long work the source is doing between polls (building history, a first large fetch). */
  default Optional<Progress> progress() {
    return Optional.empty();
  }

  @Override
  default void close() {}
}
