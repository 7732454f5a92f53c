package dev.fleetscope.runtime.serving;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.prometheus.PrometheusClient;
import dev.fleetscope.prometheus.ServingOptions;
import dev.fleetscope.runtime.connections.MissingSecretException;
import dev.fleetscope.runtime.connections.PrometheusEntry;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The model serving of the fleet the console shows: the demo fleet's servers while the demo fleet
 * is among the live sources, and each saved Prometheus's, every model priced at its cluster's unit
 * prices from the latest fleet snapshot (the prices the Overview's costs use). A source that fails
 * leaves a note saying why and the others' models stand. Each source keeps its readings ({@link
 * ServingService}); a Prometheus's client lives while its connection is saved.
 */
public final class FleetServing implements ServingWindows, AutoCloseable {
  private static final Comparator<ModelServing> ORDER =
      Comparator.comparing((ModelServing m) -> m.model().cluster())
          .thenComparing(m -> m.model().namespace())
          .thenComparing(m -> m.model().workload().map(WorkloadRef::name).orElse(""))
          .thenComparing(m -> m.model().name());

  /** A saved Prometheus as opened: its service, or why it could not be opened. */
  private record Opened(
      Optional<PrometheusClient> client, Optional<ServingService> service, String problem) {}

  private final Supplier<Optional<Simulator>> demo;
  private final Supplier<List<PrometheusEntry>> prometheus;
  private final Map<String, String> environment;
  private final Map<PrometheusEntry, Opened> opened = new LinkedHashMap<>();
  private volatile FleetSnapshot latest = FleetSnapshot.EMPTY;
  private ServingService demoService;

  /**
   * @param demo the demo fleet's simulator, when there is one
   * @param prometheus the saved Prometheus connections, as they are now
   * @param environment where their secrets named by environment variable are looked up
   */
  public FleetServing(
      Supplier<Optional<Simulator>> demo,
      Supplier<List<PrometheusEntry>> prometheus,
      Map<String, String> environment) {
    this.demo = demo;
    this.prometheus = prometheus;
    this.environment = Map.copyOf(environment);
  }

  /** The demo fleet of {@code simulator} only (tests, and a console with no saved connections). */
  public static FleetServing demo(Simulator simulator) {
    return new FleetServing(() -> Optional.of(simulator), List::of, Map.of());
  }

  /** Feed this the fleet's snapshots: its time, sources and clusters' prices. */
  public void accept(FleetSnapshot snapshot) {
    latest = snapshot;
  }

  /** The time of the latest fleet snapshot: the end of what is shown as now. */
  public Instant now() {
    return latest.at();
  }

  public FleetSnapshot latest() {
    return latest;
  }

  /** Every source's models in {@code (end - window, end]}; a source that fails becomes a note. */
  @Override
  public ServingSnapshot snapshot(Instant end, Duration window) {
    List<ModelServing> models = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<Source> sources = sources();
    for (Source source : sources) {
      if (source.service().isEmpty()) {
        notes.add(source.name() + " could not be opened: " + source.problem());
        continue;
      }
      try {
        ServingSnapshot read = source.service().get().snapshot(end, window);
        models.addAll(read.models());
        read.notes().forEach(n -> notes.add(source.name() + ": " + n));
      } catch (IOException | RuntimeException e) {
        notes.add(source.name() + " could not be read: " + e.getMessage());
      }
    }
    if (sources.isEmpty()) {
      notes.add(
          "No source of model serving: the demo fleet is off and no Prometheus is connected"
              + " (add one in the Connections view)");
    }
    models.sort(ORDER);
    return new ServingSnapshot(end, window, models, notes);
  }

  /** Every source's models in each window; as {@link #snapshot}, never fails. */
  @Override
  public ServingSeries series(Instant end, Duration step, int points) {
    try {
      return ServingWindows.super.series(end, step, points);
    } catch (IOException e) {
      throw new UncheckedIOException("a fleet reading turns failures into notes", e);
    }
  }

  private record Source(String name, Optional<ServingService> service, String problem) {}

  private synchronized List<Source> sources() {
    List<Source> sources = new ArrayList<>();
    FleetSnapshot fleet = latest;
    Optional<Simulator> simulator =
        fleet.source(DemoFleetSource.ID).isPresent() ? demo.get() : Optional.empty();
    if (simulator.isPresent()) {
      if (demoService == null) {
        demoService = ServingService.demo(simulator.get(), this::prices);
      }
      sources.add(new Source(demoService.name(), Optional.of(demoService), ""));
    }
    List<PrometheusEntry> saved = prometheus.get();
    for (PrometheusEntry gone : new HashSet<>(opened.keySet())) {
      if (!saved.contains(gone)) {
        opened.remove(gone).client().ifPresent(PrometheusClient::close);
      }
    }
    for (PrometheusEntry entry : saved) {
      Opened o = opened.computeIfAbsent(entry, this::open);
      sources.add(new Source(entry.settings().displayName(), o.service(), o.problem()));
    }
    return sources;
  }

  private Opened open(PrometheusEntry entry) {
    try {
      PrometheusClient client = new PrometheusClient(entry.resolve(environment));
      return new Opened(
          Optional.of(client),
          Optional.of(
              ServingService.prometheus(
                  entry.settings().displayName(), client, ServingOptions.DEFAULT, this::prices)),
          "");
    } catch (MissingSecretException | IOException e) {
      return new Opened(Optional.empty(), Optional.empty(), e.getMessage());
    }
  }

  /** A cluster's unit prices from its nodes, as the Overview prices it; none for one not shown. */
  private Optional<UnitPrices> prices(String cluster) {
    return latest.cluster(cluster).map(UnitPrices::of);
  }

  @Override
  public synchronized void close() {
    opened.values().forEach(o -> o.client().ifPresent(PrometheusClient::close));
    opened.clear();
  }
}
