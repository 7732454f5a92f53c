package dev.fleetscope.console.connections;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client of the one "Test connection" in flight for a form. Starting another test or closing
 * the form cancels it, which ends its call at once (the client's calls fail as cancelled) instead
 * of leaving it to run to its deadline against a server that does not answer.
 */
final class RunningTest {
  private static final Logger LOG = LoggerFactory.getLogger(RunningTest.class);

  private AutoCloseable client;

  /** The test now runs on {@code newClient}; the one before it, if still running, is cancelled. */
  synchronized void runs(AutoCloseable newClient) {
    cancel();
    client = newClient;
  }

  /** The test on {@code finished} is over: nothing to cancel any more. */
  synchronized void finished(AutoCloseable finished) {
    if (client == finished) {
      client = null;
    }
  }

  /** Cancels the test in flight, if one is. */
  synchronized void cancel() {
    if (client != null) {
      try {
        client.close();
      } catch (Exception e) {
        LOG.debug("cancelling a connection test failed", e);
      }
      client = null;
    }
  }
}
