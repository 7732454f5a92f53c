package dev.fleetscope.console.connections;

import dev.fleetscope.console.connections.ConnectionsState.ContextRow;
import dev.fleetscope.console.connections.ConnectionsState.KubeconfigGroup;
import dev.fleetscope.kubernetes.ClusterConnector;
import dev.fleetscope.kubernetes.ClusterHealth;
import dev.fleetscope.kubernetes.Connections;
import dev.fleetscope.kubernetes.ContextsHealth;
import dev.fleetscope.kubernetes.KubeContext;
import dev.fleetscope.kubernetes.Kubeconfig;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.runtime.connections.ConnectedSources;
import dev.fleetscope.runtime.connections.KubeconfigEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The kubeconfigs as read and their contexts' health: each listed kubeconfig parsed (or why it
 * cannot be), and a health check per context on a virtual thread of its own, so one silent cluster
 * delays only its own strip. Thread-safe; tells {@code onChange} after every change.
 */
final class ContextsBoard {
  /** A health check gives up on a silent cluster after this long. */
  static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(5);

  private final ConnectedSources sources;
  private final Clock clock;
  private final Runnable onChange;
  private final Map<Optional<Path>, Loaded> loaded = new HashMap<>();
  private final Map<ContextKey, ClusterHealth> health = new HashMap<>();
  private final Set<ContextKey> checking = new HashSet<>();

  ContextsBoard(ConnectedSources sources, Clock clock, Runnable onChange) {
    this.sources = sources;
    this.clock = clock;
    this.onChange = onChange;
  }

  /** Reads each listed kubeconfig (local I/O: off the FX thread), then checks every context. */
  void reload() {
    Map<Optional<Path>, Loaded> fresh = new HashMap<>();
    for (KubeconfigEntry entry : sources.current().kubeconfigs()) {
      try {
        Kubeconfig kubeconfig = sources.kubeconfig(entry);
        Connections connections =
            new Connections(
                new ClusterConnector(
                    kubeconfig, false, entry.deadlines().withCall(HEALTH_TIMEOUT), false, clock));
        fresh.put(
            entry.file(),
            new Loaded(
                kubeconfig.contexts(),
                Optional.empty(),
                Optional.of(new ContextsHealth(connections, clock))));
      } catch (RuntimeException e) {
        fresh.put(
            entry.file(), new Loaded(List.of(), Optional.of(e.getMessage()), Optional.empty()));
      }
    }
    synchronized (this) {
      loaded.clear();
      loaded.putAll(fresh);
      health.keySet().removeIf(k -> !fresh.containsKey(k.file()));
    }
    onChange.run();
    checkAll();
  }

  /** Checks every context of every readable kubeconfig; each answer is published as it comes. */
  void checkAll() {
    Map<Optional<Path>, Loaded> current;
    synchronized (this) {
      current = Map.copyOf(loaded);
    }
    current.forEach(
        (file, kubeconfig) ->
            kubeconfig
                .health()
                .ifPresent(
                    probe -> {
                      for (KubeContext context : kubeconfig.contexts()) {
                        ContextKey key = new ContextKey(file, context.name());
                        if (startChecking(key)) {
                          Thread.ofVirtual()
                              .name("health-" + context.name())
                              .start(() -> finish(key, kubeconfig, probe.check(context.name())));
                        }
                      }
                    }));
    onChange.run();
  }

  private synchronized boolean startChecking(ContextKey key) {
    return checking.add(key);
  }

  private void finish(ContextKey key, Loaded from, ClusterHealth result) {
    synchronized (this) {
      checking.remove(key);
      if (loaded.get(key.file()) == from) {
        health.put(key, result);
      }
    }
    onChange.run();
  }

  /**
   * The kubeconfigs as the view lists them.
   *
   * @param reading whether kubeconfigs not read yet are being read
   * @param status a context source's status by source id
   */
  synchronized List<KubeconfigGroup> groups(
      List<KubeconfigEntry> entries,
      boolean reading,
      Function<String, Optional<SourceStatus>> status) {
    List<KubeconfigGroup> groups = new ArrayList<>();
    for (KubeconfigEntry entry : entries) {
      Loaded l = loaded.get(entry.file());
      if (l == null) {
        groups.add(new KubeconfigGroup(entry, reading, Optional.empty(), List.of()));
        continue;
      }
      List<ContextRow> rows =
          l.contexts().stream()
              .map(
                  c -> {
                    ContextKey key = new ContextKey(entry.file(), c.name());
                    boolean enabled = entry.enabledContexts().contains(c.name());
                    return new ContextRow(
                        c,
                        enabled,
                        Optional.ofNullable(health.get(key)),
                        enabled
                            ? status.apply(ConnectedSources.kubernetesId(c.name()))
                            : Optional.empty(),
                        checking.contains(key));
                  })
              .toList();
      groups.add(new KubeconfigGroup(entry, false, l.problem(), rows));
    }
    return groups;
  }

  /** A kubeconfig as read: its contexts and their prober, or why it could not be read. */
  private record Loaded(
      List<KubeContext> contexts, Optional<String> problem, Optional<ContextsHealth> health) {}

  private record ContextKey(Optional<Path> file, String context) {}
}
