package dev.fleetscope.runtime.connections;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.Progress;
import java.time.Duration;
import java.util.Optional;

/**
 * A source that connects on its first poll, on its own thread, never at startup: reading
 * credentials, TLS files or a kubeconfig can be slow or fail, and neither may delay the window or
 * the other sources. A connection that fails fails the poll with the reason (the source shows as
 * failed) and is tried again at the next poll.
 */
final class DeferredSource implements FleetSource {
  private final String id;
  private final String displayName;
  private final Duration interval;
  private final LazyConnection<FleetSource> connection;

  /**
   * @param connector makes the real source, whose id must be {@code id}
   */
  DeferredSource(
      String id,
      String displayName,
      Duration interval,
      LazyConnection.Connector<FleetSource> connector) {
    this.id = id;
    this.displayName = displayName;
    this.interval = interval;
    this.connection =
        new LazyConnection<>(
            displayName,
            () -> {
              FleetSource made = connector.connect();
              if (!made.id().equals(id)) {
                made.close();
                throw new IllegalStateException(
                    "the source for " + id + " calls itself " + made.id());
              }
              return made;
            });
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
    return connection.get().poll();
  }

  @Override
  public Optional<Progress> progress() {
    return connection.ifConnected().flatMap(FleetSource::progress);
  }

  @Override
  public void close() {
    connection.disconnect().ifPresent(FleetSource::close);
  }
}
