package dev.fleetscope.cli.command;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clients a command has open, closed when the process is stopped (Ctrl+C, SIGTERM) so that the
 * calls they have in flight are cancelled, not left to the servers to time out. {@link #guard}
 * registers a client until the guard is closed, which closes the client too.
 *
 * <pre>{@code
 * try (OnExit.Guard<PrometheusClient> guard = OnExit.guard(new PrometheusClient(settings))) {
 *   PrometheusClient client = guard.client(); ...
 * }
 * }</pre>
 */
final class OnExit {
  private static final Logger LOG = LoggerFactory.getLogger(OnExit.class);
  private static final Set<AutoCloseable> OPEN = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            Thread.ofPlatform().name("fleetscope-cancel").unstarted(OnExit::cancelAll));
  }

  private OnExit() {}

  /** Closes {@code client} if the process stops before the guard is closed. */
  static <T extends AutoCloseable> Guard<T> guard(T client) {
    OPEN.add(client);
    return new Guard<>(client);
  }

  /** Closes every registered client: what the shutdown hook does. */
  static void cancelAll() {
    OPEN.forEach(OnExit::closeQuietly);
    OPEN.clear();
  }

  private static void closeQuietly(AutoCloseable client) {
    try {
      client.close();
    } catch (Exception e) {
      LOG.debug("closing {} failed", client, e);
    }
  }

  /** A registered client; closing the guard ends the registration and closes the client. */
  record Guard<T extends AutoCloseable>(T client) implements AutoCloseable {
    @Override
    public void close() {
      OPEN.remove(client);
      closeQuietly(client);
    }
  }
}
