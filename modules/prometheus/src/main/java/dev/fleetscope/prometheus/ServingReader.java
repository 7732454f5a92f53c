package dev.fleetscope.prometheus;

import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.ServedModel;
import dev.fleetscope.model.serving.ServerKind;
import dev.fleetscope.model.serving.ServingSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads what every model server in a Prometheus delivered over a window: vLLM, Triton, TGI and
 * anything instrumented with OpenTelemetry's HTTP server histogram, each recognised by its own
 * metrics. A fixed number of instant queries per window, whatever the number of models: one to find
 * the servers, one per signal of each kind found, two for what the workloads hold and how busy
 * their GPUs were.
 *
 * <pre>{@code
 * ServingSnapshot day = new ServingReader(client).read(now, Duration.ofHours(24), cluster -> prices);
 * }</pre>
 */
public final class ServingReader {
  private static final Comparator<ModelServing> ORDER =
      Comparator.comparing((ModelServing m) -> m.model().cluster())
          .thenComparing(m -> m.model().namespace())
          .thenComparing(m -> m.model().workload().map(WorkloadRef::name).orElse(""))
          .thenComparing(m -> m.model().name())
          .thenComparing(m -> m.model().server());

  private final PrometheusClient client;
  private final ServingOptions options;
  private final ClusterLabels refs;
  private final List<ServerMetrics> servers;

  public ServingReader(PrometheusClient client) {
    this(client, ServingOptions.DEFAULT);
  }

  public ServingReader(PrometheusClient client, ServingOptions options) {
    ConnectionSettings settings = client.settings();
    this.client = client;
    this.options = options;
    this.refs = new ClusterLabels(settings.labels(), settings.clusterName());
    this.servers = ServerMetrics.all(options.otelModelLabel());
  }

  /**
   * Every model served in {@code (end - window, end]}.
   *
   * @param window whole minutes
   * @param prices the unit prices of a cluster, by name; empty leaves that cluster's models without
   *     a cost, saying why
   * @throws PrometheusException when a query fails, or the whole reading passes its deadline
   */
  public ServingSnapshot read(
      Instant end, Duration window, Function<String, Optional<UnitPrices>> prices)
      throws PrometheusException {
    ServingWindow w = ServingWindow.ending(end, window);
    ServingQueries queries = new ServingQueries(client.settings().labels(), w);
    Session session = new Session(w.end());
    Map<ServerKind, Set<String>> namespaces = discover(session, queries);
    if (namespaces.isEmpty()) {
      List<String> notes = new ArrayList<>(session.warnings);
      notes.add(nothingFound(w));
      return new ServingSnapshot(w.end(), window, List.of(), notes);
    }
    Map<ServedModel, ModelFacts> models = new LinkedHashMap<>();
    for (ServerMetrics server : servers) {
      Set<String> ns = namespaces.get(server.kind());
      if (ns == null) {
        continue;
      }
      for (ServingSignal signal : ServingSignal.values()) {
        if (server.sources().containsKey(signal)) {
          for (Row row : session.rows(queries.signal(server, signal, ns))) {
            ServedModel model = model(server, row);
            models.computeIfAbsent(model, m -> new ModelFacts(m, server)).add(signal, row);
          }
        }
      }
    }
    Set<String> all = new TreeSet<>();
    namespaces.values().forEach(all::addAll);
    WorkloadCosts costs =
        WorkloadCosts.of(
            session.rows(queries.requestsHeld(all)), session.rows(queries.gpuBusy(all)), refs);
    List<ModelServing> result =
        new ArrayList<>(ModelCosts.assemble(models.values(), costs, prices));
    result.sort(ORDER);
    return new ServingSnapshot(w.end(), window, result, session.warnings);
  }

  private Map<ServerKind, Set<String>> discover(Session session, ServingQueries queries)
      throws PrometheusException {
    Map<ServerKind, Set<String>> namespaces = new EnumMap<>(ServerKind.class);
    for (Row row : session.rows(queries.discovery(servers))) {
      String id = row.label(ServingQueries.SERVER);
      for (ServerKind kind : ServerKind.values()) {
        if (kind.id().equals(id) && !row.label("namespace").isEmpty()) {
          namespaces.computeIfAbsent(kind, k -> new TreeSet<>()).add(row.label("namespace"));
        }
      }
    }
    return namespaces;
  }

  /** The model a row is about: the server's model label, or (TGI) its workload's name. */
  private ServedModel model(ServerMetrics server, Row row) {
    Optional<WorkloadRef> workload = refs.workload(row.labels());
    String name =
        server.modelLabel().isEmpty()
            ? workload.map(WorkloadRef::name).orElse("(unknown workload)")
            : row.label(server.modelLabel());
    return new ServedModel(
        server.kind(),
        name.isEmpty() ? "(unnamed)" : name,
        refs.cluster(row.labels()),
        row.label("namespace"),
        workload);
  }

  private String nothingFound(ServingWindow w) {
    return "No model server metrics in the "
        + w.length().toMinutes()
        + " minutes before "
        + w.end()
        + ": looked for "
        + servers.stream()
            .map(s -> s.marker().names("") + " (" + s.kind().displayName() + ")")
            .collect(Collectors.joining(", "))
        + "; OpenTelemetry series count only with a '"
        + options.otelModelLabel()
        + "' label";
  }

  /** The queries of one reading: run in turn, within the reading's deadline. */
  private final class Session {
    private final long started = System.nanoTime();
    private final Instant at;
    private final List<String> warnings = new ArrayList<>();
    private int sent;

    Session(Instant at) {
      this.at = at;
    }

    List<Row> rows(PromQuery query) throws PrometheusException {
      Duration spent = Duration.ofNanos(System.nanoTime() - started);
      if (spent.compareTo(options.deadline()) > 0) {
        throw new PrometheusException(
            Problem.CLIENT_TIMEOUT,
            client.settings().url().toString().replaceAll("/$", ""),
            Optional.of(query),
            0,
            "the serving reading passed its deadline of "
                + options.deadline().toMillis()
                + " ms after "
                + sent
                + " queries",
            null);
      }
      Row.Collector rows = new Row.Collector();
      sent++;
      warnings.addAll(client.query(query, at, rows).warnings());
      return rows.rows;
    }
  }
}
