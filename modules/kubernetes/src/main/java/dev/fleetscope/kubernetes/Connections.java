package dev.fleetscope.kubernetes;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connected contexts, several at once, each connected on first use and kept. A cluster in a
 * container id or a workload reference is a context name. {@link #close()} cancels every request
 * and watch in flight on them.
 */
public final class Connections implements AutoCloseable {
  private final ClusterConnector connector;
  private final Map<String, ClusterConnection> open = new ConcurrentHashMap<>();

  public Connections(ClusterConnector connector) {
    this.connector = connector;
  }

  public List<KubeContext> contexts() {
    return connector.kubeconfig().contexts();
  }

  public boolean readOnly() {
    return connector.readOnly();
  }

  public ClusterConnection connection(String context) throws IOException {
    ClusterConnection existing = open.get(context);
    if (existing != null) {
      return existing;
    }
    ClusterConnection fresh = connector.connect(context);
    ClusterConnection raced = open.putIfAbsent(context, fresh);
    return raced == null ? fresh : raced;
  }

  /** Cancels the requests and watches in flight on every connection made so far. */
  @Override
  public void close() {
    open.values().forEach(ClusterConnection::close);
  }
}
