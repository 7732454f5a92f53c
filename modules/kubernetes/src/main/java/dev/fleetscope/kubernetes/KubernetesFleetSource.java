package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.Progress;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One kubeconfig context as a fleet source: the first poll lists every mirrored kind (paged), then
 * one virtual thread per kind keeps it current by watching; each poll turns the mirrors into a
 * snapshot. The Kubernetes API holds no usage history, so snapshots carry clusters only; a metrics
 * source adds the usage.
 */
public final class KubernetesFleetSource implements FleetSource {
  private final ClusterConnection connection;
  private final Clock clock;
  private final List<ResourceMirror> mirrors = new ArrayList<>();
  private final Map<String, String> watchErrors = new ConcurrentHashMap<>();
  private final List<Thread> watchers = new ArrayList<>();
  private volatile Optional<Progress> progress = Optional.empty();
  private volatile boolean closed;
  private volatile ClusterInventory latest;

  public KubernetesFleetSource(ClusterConnection connection, Clock clock) {
    this(connection, clock, ResourceMirror.WATCH_LENGTH);
  }

  /**
   * @param watchLength how long each watch lasts before it is resumed
   */
  KubernetesFleetSource(ClusterConnection connection, Clock clock, Duration watchLength) {
    this.connection = connection;
    this.clock = clock;
    Inventory.paths()
        .forEach(path -> mirrors.add(new ResourceMirror(connection, path, watchLength)));
  }

  @Override
  public String id() {
    return "kubernetes:" + connection.name();
  }

  @Override
  public String displayName() {
    return "Kubernetes " + connection.name();
  }

  @Override
  public Duration interval() {
    return Duration.ofSeconds(15);
  }

  @Override
  public synchronized FleetSnapshot poll() throws IOException {
    if (watchers.isEmpty()) {
      listAll();
      mirrors.stream()
          .filter(m -> !m.absent())
          .forEach(
              m ->
                  watchers.add(
                      Thread.ofVirtual()
                          .name("watch " + connection.name() + m.path())
                          .start(() -> keepWatching(m))));
    } else if (!watchErrors
        .isEmpty()) { // what was just listed is current whatever the watches answer meanwhile
      throw new IOException(connection.name() + ": " + String.join("; ", watchErrors.values()));
    }
    Map<String, List<JsonNode>> objects = new LinkedHashMap<>();
    mirrors.forEach(m -> objects.put(m.path(), m.objects()));
    latest = new ClusterInventory(connection.name(), id(), objects);
    return new FleetSnapshot(clock.instant(), List.of(latest.cluster()), Map.of(), List.of());
  }

  /**
   * The inventory of the last poll, for what the model does not hold (PodDisruptionBudgets, VPAs).
   */
  public Optional<ClusterInventory> inventory() {
    return Optional.ofNullable(latest);
  }

  @Override
  public Optional<Progress> progress() {
    return progress;
  }

  private void listAll() throws IOException {
    for (int i = 0; i < mirrors.size(); i++) {
      ResourceMirror mirror = mirrors.get(i);
      progress = Optional.of(new Progress("listing " + mirror.path(), i / (double) mirrors.size()));
      mirror.list();
    }
    progress = Optional.empty();
  }

  private void keepWatching(ResourceMirror mirror) {
    long backoffMillis = 1000;
    while (!closed) {
      try {
        if (!mirror.watch()) {
          mirror.list();
        }
        watchErrors.remove(mirror.path());
        backoffMillis = 1000;
      } catch (IOException e) {
        if (closed) {
          return;
        }
        watchErrors.put(mirror.path(), e.getMessage());
        try {
          Thread.sleep(backoffMillis);
        } catch (InterruptedException stop) {
          return;
        }
        backoffMillis = Math.min(30_000, backoffMillis * 2);
      }
    }
  }

  /**
   * Ends the watches. A list in flight ends at its deadline; the connection's owner cancels it at
   * once with {@link ClusterConnection#close()} (the connection may serve others too).
   */
  @Override
  public void close() {
    closed = true;
    mirrors.forEach(ResourceMirror::stop);
    watchers.forEach(Thread::interrupt);
  }
}
