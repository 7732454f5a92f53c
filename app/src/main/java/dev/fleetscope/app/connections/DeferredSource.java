package dev.fleetscope.app.connections;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.Progress;
import java.time.Duration;
import java.util.Optional;

/**
 * A source that connects on its first poll, on its own thread, never at startup: reading credentials, TLS files
 * or a kubeconfig can be slow or fail, and neither may delay the window or the other sources. A connection that
 * fails fails the poll with the reason (the source shows as failed) and is tried again at the next poll.
 */
final class DeferredSource implements FleetSource {
  /** Makes the real source; may block, may throw with a message a person understands. */
  interface Connector {
    FleetSource connect() throws Exception;
  }

  private final String id;
  private final String displayName;
  private final Duration interval;
  private final Connector connector;
  private volatile FleetSource connected;
  private volatile boolean closed;

  DeferredSource(String id, String displayName, Duration interval, Connector connector) {
    this.id = id;
    this.displayName = displayName;
    this.interval = interval;
    this.connector = connector;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public Duration interval() {
    return interval;
  }

  @Override
  public FleetSnapshot poll() throws Exception {
    FleetSource source = source();
    return source.poll();
  }

  private synchronized FleetSource source() throws Exception {
    if (closed) {
      throw new IllegalStateException(displayName + " was removed");
    }
    if (connected == null) {
      FleetSource made = connector.connect();
      if (!made.id().equals(id)) {
        made.close();
        throw new IllegalStateException("the source for " + id + " calls itself " + made.id());
      }
      connected = made;
    }
    return connected;
  }

  @Override
  public Optional<Progress> progress() {
    FleetSource source = connected;
    return source == null ? Optional.empty() : source.progress();
  }

  @Override
  public void close() {
    closed = true;
    FleetSource source;
    synchronized (this) {
      source = connected;
      connected = null;
    }
    if (source != null) {
      source.close();
    }
  }
}
