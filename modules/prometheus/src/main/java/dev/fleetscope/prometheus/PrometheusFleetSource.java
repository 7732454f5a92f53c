package dev.fleetscope.prometheus;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Progress;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.SeriesBuffer;
import dev.fleetscope.model.net.Deadlines;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A connected Prometheus as a live source of the console: every refresh interval (15 s by default,
 * never under 5 s) it reads the steps since its last poll (one point per metric and container, by
 * the same queries as the history, the pods' owners over those steps included) and the inventory,
 * and hands out a snapshot with the recent history of every workload container. The first poll
 * fills the recent history in one range query per metric. A failed poll throws with a message
 * naming the server and the query, and leaves the history as it was; the next poll catches up on
 * the steps it missed.
 */
public final class PrometheusFleetSource implements FleetSource {
  /** How much recent history the live snapshots carry. */
  public static final Duration DEFAULT_RETENTION = Duration.ofHours(1);

  /**
   * Live queries are small: a live request that takes longer than {@link Deadlines#DEFAULT}'s whole
   * call (30 s) is not worth waiting for, and Prometheus is asked to give up a little before.
   */
  static final Duration LIVE_QUERY_TIMEOUT = Duration.ofSeconds(20);

  private final ConnectionSettings settings;
  private final PrometheusClient client;
  private final Clock clock;
  private final Duration step;
  private final int retention;
  private final UsageQueries queries;
  private final ClusterLabels refs;
  private final InventoryReader inventory;
  private final Map<Metric, Map<ContainerRef, SeriesBuffer>> buffers = new EnumMap<>(Metric.class);
  private final Map<ContainerRef, List<Instant>> oomKills = new HashMap<>();
  private Instant lastEvaluated;
  private volatile Optional<Progress> progress = Optional.empty();
  private volatile Annotations annotations = Annotations.NONE;

  PrometheusFleetSource(
      ConnectionSettings settings, PrometheusClient client, Clock clock, Duration retention) {
    this.settings = settings;
    this.client = client;
    this.clock = clock;
    this.step = Duration.ofSeconds(settings.refreshInterval().toSeconds());
    this.retention = Math.toIntExact(Math.max(1, retention.toSeconds() / step.toSeconds()));
    this.queries = new UsageQueries(settings.labels());
    this.refs = new ClusterLabels(settings.labels(), settings.clusterName());
    this.inventory = new InventoryReader(client);
    UsageQueries.METRICS.forEach(m -> buffers.put(m, new HashMap<>()));
  }

  /**
   * A live source for the connection, keeping an hour of recent history. Its requests keep the
   * connection's deadlines but never its longer whole call for streamed history: at most {@link
   * Deadlines#DEFAULT}'s.
   */
  public static PrometheusFleetSource connect(ConnectionSettings settings) throws IOException {
    return new PrometheusFleetSource(
        settings,
        new PrometheusClient(settings.withTimeouts(live(settings.timeouts()))),
        Clock.systemUTC(),
        DEFAULT_RETENTION);
  }

  static Timeouts live(Timeouts history) {
    Timeouts live =
        history.query().compareTo(LIVE_QUERY_TIMEOUT) > 0
            ? history.withQuery(LIVE_QUERY_TIMEOUT)
            : history;
    Duration call = Deadlines.DEFAULT.call();
    return history.deadlines().call().compareTo(call) > 0
        ? live.withDeadlines(history.deadlines().withCall(call))
        : live;
  }

  @Override
  public String id() {
    return settings.id();
  }

  @Override
  public String displayName() {
    return settings.displayName();
  }

  @Override
  public Duration interval() {
    return step;
  }

  @Override
  public Optional<Progress> progress() {
    return progress;
  }

  /**
   * The warnings and infos Prometheus attached to the last poll's answers, for the source's status
   * line.
   */
  public Annotations annotations() {
    return annotations;
  }

  @Override
  public FleetSnapshot poll() throws PrometheusException {
    long stepMillis = step.toMillis();
    Instant now = Instant.ofEpochMilli(Math.floorDiv(clock.millis(), stepMillis) * stepMillis);
    Annotations seen = Annotations.NONE;
    if (lastEvaluated == null || now.isAfter(lastEvaluated)) {
      StepGrid grid =
          lastEvaluated == null
              ? StepGrid.ending(now, step.multipliedBy(retention), step)
              : StepGrid.ending(
                  now,
                  step.multipliedBy(
                      Math.min(
                          retention,
                          (now.toEpochMilli() - lastEvaluated.toEpochMilli()) / stepMillis)),
                  step);
      seen = readUsage(grid, lastEvaluated == null);
    }
    InventoryReader.Inventory clusters = inventory.read(now);
    lastEvaluated = now;
    progress = Optional.empty();
    annotations = seen.plus(clusters.annotations());
    return new FleetSnapshot(now, clusters.clusters(), usage(now), List.of());
  }

  @Override
  public void close() {
    client.close();
  }

  private Annotations readUsage(StepGrid grid, boolean first) throws PrometheusException {
    RangeFetcher ranges = new RangeFetcher(client);
    Duration sampleWindow =
        UsageQueries.sampleWindow(step, HistoryRequest.DEFAULT_MIN_SAMPLE_WINDOW);
    Annotations seen = Annotations.NONE;
    OwnerIndex owners = OwnerIndex.read(client, refs, grid.first().minus(step), grid.last());
    int done = 0;
    for (Metric metric : UsageQueries.METRICS) {
      if (first) {
        progress =
            Optional.of(
                new Progress(
                    "Reading the last "
                        + step.multipliedBy(retention).toMinutes()
                        + " minutes of "
                        + UsageQueries.name(metric),
                    done++ / (double) UsageQueries.METRICS.size()));
      }
      UsageAccumulator usage = new UsageAccumulator(metric, grid, owners);
      seen = seen.plus(ranges.fetch(queries.usage(metric, sampleWindow), grid, usage));
      usage.appendTo(buffers.get(metric), retention);
    }
    OomCollector kills = new OomCollector(owners, step);
    seen = seen.plus(ranges.fetch(queries.oomKills(step), grid, kills));
    kills
        .containers()
        .forEach(
            ref -> oomKills.computeIfAbsent(ref, r -> new ArrayList<>()).addAll(kills.kills(ref)));
    return seen;
  }

  /**
   * The recent history of every container that had a sample within it; containers gone for longer
   * are dropped.
   */
  private Map<ContainerRef, ContainerUsage> usage(Instant now) {
    Instant since = now.minus(step.multipliedBy(retention));
    oomKills.values().forEach(list -> list.removeIf(at -> at.isBefore(since)));
    oomKills.values().removeIf(List::isEmpty);
    Map<ContainerRef, Map<Metric, Series>> history = new HashMap<>();
    for (Metric metric : UsageQueries.METRICS) {
      Map<ContainerRef, SeriesBuffer> perMetric = buffers.get(metric);
      perMetric.forEach(
          (ref, buffer) -> {
            while (buffer.next().isBefore(now)) {
              buffer.append(Double.NaN);
            }
          });
      perMetric.entrySet().removeIf(e -> Double.isNaN(e.getValue().snapshot().max()));
      perMetric.forEach(
          (ref, buffer) ->
              history
                  .computeIfAbsent(ref, r -> new EnumMap<>(Metric.class))
                  .put(metric, buffer.snapshot()));
    }
    Map<ContainerRef, ContainerUsage> usage = new HashMap<>();
    history.forEach(
        (ref, series) -> {
          Map<Metric, Double> latest = new EnumMap<>(Metric.class);
          series.forEach(
              (metric, s) -> {
                if (!Double.isNaN(s.last())) {
                  latest.put(metric, s.last());
                }
              });
          usage.put(
              ref, new ContainerUsage(ref, series, latest, oomKills.getOrDefault(ref, List.of())));
        });
    return usage;
  }
}
