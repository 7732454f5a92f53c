package dev.fleetscope.runtime.connections;

import java.util.Optional;

/**
 * A connection made at its first use, on the thread that uses it, and tried again at the next use
 * when making it failed: sources connect at their first poll, so a slow or failing remote delays
 * neither the window nor the others.
 *
 * @param <S> what is connected
 */
public final class LazyConnection<S> {
  /** Makes the connection; may block, may throw with a message a person understands. */
  public interface Connector<S> {
    S connect() throws Exception;
  }

  private final String name;
  private final Connector<S> connector;
  private S connected;
  private boolean closed;

  /**
   * @param name what a use after {@link #disconnect()} is told was removed
   */
  public LazyConnection(String name, Connector<S> connector) {
    this.name = name;
    this.connector = connector;
  }

  public synchronized S get() throws Exception {
    if (closed) {
      throw new IllegalStateException(name + " was removed");
    }
    if (connected == null) {
      connected = connector.connect();
    }
    return connected;
  }

  /** The connection if it is made, without making it. */
  public synchronized Optional<S> ifConnected() {
    return Optional.ofNullable(connected);
  }

  /**
   * Ends this connection's use: later uses fail. Returns what was connected, for the caller to
   * close outside the lock, so that a close that blocks holds up no poll.
   */
  public synchronized Optional<S> disconnect() {
    closed = true;
    S made = connected;
    connected = null;
    return Optional.ofNullable(made);
  }
}
