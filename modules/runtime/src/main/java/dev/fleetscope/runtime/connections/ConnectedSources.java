package dev.fleetscope.runtime.connections;

import dev.fleetscope.kubernetes.ClusterConnector;
import dev.fleetscope.kubernetes.Connections;
import dev.fleetscope.kubernetes.Kubeconfig;
import dev.fleetscope.kubernetes.KubernetesClusterWriter;
import dev.fleetscope.kubernetes.KubernetesFleetSource;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.prometheus.PrometheusFleetSource;
import dev.fleetscope.runtime.changes.ClusterWriters;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.simulator.DemoFleetSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The user's connections, saved and live: loads {@code connections.json}, and keeps the live
 * fleet's sources in line with it: the demo fleet when it is shown, one source per Prometheus, one
 * per enabled kubeconfig context. {@link #save} writes the file, then adds what is new, removes
 * what is gone and replaces what changed, leaving the other sources polling undisturbed. Every
 * source connects on its first poll ({@link DeferredSource}), so starting costs no remote I/O: the
 * first live frame never waits for a remote source.
 */
public final class ConnectedSources {
  /** Kubernetes sources only list and watch: their connections refuse any write. */
  private static final boolean SOURCES_READ_ONLY = true;

  private static final Duration KUBERNETES_INTERVAL = Duration.ofSeconds(15);

  private final ConnectionsStore store;
  private final LiveFleet fleet;
  private final Supplier<FleetSource> demoFleet;
  private final Map<String, String> environment;
  private final Path home;
  private final Clock clock;

  /** What each source we added was made from, by source id. */
  private final Map<String, Spec> made = new LinkedHashMap<>();

  private final Optional<String> loadProblem;
  private final List<Consumer<SavedConnections>> saveListeners = new CopyOnWriteArrayList<>();
  private volatile SavedConnections current;
  private ClusterWriters writers;
  private boolean readOnly;

  /**
   * Loads the saved connections (a local file read); nothing is connected until {@link #start()}.
   *
   * @param demoFleet makes the demo fleet when it is switched on; a demo fleet already in {@code
   *     fleet} is taken as ours
   * @param environment where secrets named by environment variable are looked up
   */
  public ConnectedSources(
      ConnectionsStore store,
      LiveFleet fleet,
      Supplier<FleetSource> demoFleet,
      Map<String, String> environment,
      Clock clock) {
    this(store, fleet, demoFleet, environment, Path.of(System.getProperty("user.home")), clock);
  }

  /**
   * @param home the user's home, where {@code ~/.kube/config} is
   */
  public ConnectedSources(
      ConnectionsStore store,
      LiveFleet fleet,
      Supplier<FleetSource> demoFleet,
      Map<String, String> environment,
      Path home,
      Clock clock) {
    this.store = store;
    this.home = home;
    this.current = store.load();
    this.loadProblem = store.problem();
    this.fleet = fleet;
    this.demoFleet = demoFleet;
    this.environment = Map.copyOf(environment);
    this.clock = clock;
    if (fleet.sourceIds().contains(DemoFleetSource.ID)) {
      made.put(DemoFleetSource.ID, new Demo());
    }
  }

  /** The connections as last saved; never waits for a save under way. */
  public SavedConnections current() {
    return current;
  }

  /** Why the saved connections could not be used at startup (the file was set aside), if so. */
  public Optional<String> loadProblem() {
    return loadProblem;
  }

  public Path file() {
    return store.file();
  }

  /** Where secrets named by environment variable are looked up. */
  public Map<String, String> environment() {
    return environment;
  }

  /** The user's home, where {@code ~/.kube/config} is. */
  public Path home() {
    return home;
  }

  /**
   * Tells {@code listener} of every saved change (on the saving thread, after the fleet follows
   * it): the pipeline sources are watched apart from the fleet.
   */
  public void onSave(Consumer<SavedConnections> listener) {
    saveListeners.add(listener);
  }

  /** Reads a listed kubeconfig now (local I/O: off the FX thread). */
  public Kubeconfig kubeconfig(KubeconfigEntry entry) {
    return entry.load(environment, home);
  }

  /**
   * Lets the console change the clusters of the kubeconfig contexts it connects: each context
   * source gets a Kubernetes writer of its own (read-only at the HTTP layer when {@code readOnly}).
   * Call before {@link #start()}.
   */
  public synchronized void writeThrough(ClusterWriters clusterWriters, boolean refuseWrites) {
    this.writers = clusterWriters;
    this.readOnly = refuseWrites;
  }

  /** Adds the saved sources to the live fleet: call before the fleet starts. */
  public synchronized void start() {
    apply(current);
  }

  /**
   * Saves the connections and makes the live fleet follow them. Blocks on a file write: call it off
   * the FX thread. Nothing changes when the file cannot be written.
   */
  public synchronized void save(SavedConnections connections) throws IOException {
    store.save(connections);
    apply(connections);
    saveListeners.forEach(l -> l.accept(connections));
  }

  private void apply(SavedConnections connections) {
    Map<String, Spec> wanted = new LinkedHashMap<>();
    if (connections.showsDemoFleet()) {
      wanted.put(DemoFleetSource.ID, new Demo());
    }
    connections.prometheus().forEach(p -> wanted.put(p.id(), new Prometheus(p)));
    for (KubeconfigEntry kubeconfig : connections.kubeconfigs()) {
      for (String context : kubeconfig.enabledContexts()) {
        wanted.putIfAbsent(
            kubernetesId(context), new Context(kubeconfig.file(), context, kubeconfig.deadlines()));
      }
    }
    for (String id : made.keySet().toArray(String[]::new)) {
      if (!Objects.equals(wanted.get(id), made.get(id))) {
        fleet.remove(id);
        made.remove(id);
        if (writers != null) {
          writers.unregisterSource(id);
        }
      }
    }
    wanted.forEach(
        (id, spec) -> {
          if (!made.containsKey(id)) {
            fleet.add(source(id, spec));
            made.put(id, spec);
            if (writers != null && spec instanceof Context k) {
              writers.registerSource(
                  id, () -> new KubernetesClusterWriter(new Connections(connector(k, readOnly))));
            }
          }
        });
    current = connections;
  }

  /** The id a kubeconfig context's source has, as {@link KubernetesFleetSource} names it. */
  public static String kubernetesId(String context) {
    return "kubernetes:" + context;
  }

  private FleetSource source(String id, Spec spec) {
    return switch (spec) {
      case Demo demo -> demoFleet.get();
      case Prometheus p ->
          new DeferredSource(
              id,
              p.entry().settings().displayName(),
              p.entry().settings().refreshInterval(),
              () -> PrometheusFleetSource.connect(p.entry().resolve(environment)));
      case Context k ->
          new DeferredSource(
              id,
              "Kubernetes " + k.context(),
              KUBERNETES_INTERVAL,
              () ->
                  new KubernetesFleetSource(
                      connector(k, SOURCES_READ_ONLY).connect(k.context()), clock));
    };
  }

  /**
   * Connects a context with its kubeconfig entry's deadlines. The console has no terminal: an exec
   * plugin that needs one is refused with that reason rather than left waiting for input.
   */
  private ClusterConnector connector(Context k, boolean refuseWrites) {
    return new ClusterConnector(
        kubeconfig(new KubeconfigEntry(k.file(), List.of())),
        refuseWrites,
        k.deadlines(),
        false,
        clock);
  }

  /** What a source is made from; equal specs make the same source. */
  private sealed interface Spec {}

  private record Demo() implements Spec {}

  private record Prometheus(PrometheusEntry entry) implements Spec {}

  private record Context(Optional<Path> file, String context, Deadlines deadlines)
      implements Spec {}
}
