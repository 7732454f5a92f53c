package dev.fleetscope.kubernetes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The per-cluster health strip: every kubeconfig context checked at once, each on a virtual thread
 * of its own, so one slow or unreachable cluster delays only its own entry. A context that cannot
 * even be connected (a missing certificate file, no server) is reported unreachable with the
 * reason.
 */
public final class ContextsHealth {
  private final Connections connections;
  private final HealthProbe probe;
  private final Clock clock;

  public ContextsHealth(Connections connections, Clock clock) {
    this.connections = connections;
    this.probe = new HealthProbe(clock);
    this.clock = clock;
  }

  /** The health of every context, in kubeconfig order. */
  public List<ClusterHealth> checkAll() throws InterruptedException {
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<ClusterHealth>> checks = new ArrayList<>();
      for (KubeContext context : connections.contexts()) {
        checks.add(threads.submit(() -> check(context.name())));
      }
      List<ClusterHealth> health = new ArrayList<>();
      for (Future<ClusterHealth> check : checks) {
        try {
          health.add(check.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("health check failed unexpectedly", e.getCause());
        }
      }
      return health;
    }
  }

  public ClusterHealth check(String context) {
    try {
      return probe.check(connections.connection(context));
    } catch (Exception e) {
      return new ClusterHealth(
          context,
          false,
          false,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.of("cannot connect: " + e.getMessage()),
          clock.instant());
    }
  }
}
