package dev.fleetscope.runtime.metrics;

import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.poll.PollObserver;
import dev.fleetscope.runtime.changes.RightsizingObserver;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.io.IOException;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The console's own health for a Prometheus to scrape ({@code --metrics-listen}): how long each
 * source's polls take, how often they fail, whether each source is stale and when it last answered;
 * what the Recommendations view currently recommends and how the changes it applies end.
 */
public final class ConsoleMetrics implements PollObserver, RightsizingObserver, AutoCloseable {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Histogram pollSeconds =
      Histogram.builder()
          .name("fleetscope_source_poll_seconds")
          .help("How long one poll of a source took.")
          .unit(Unit.SECONDS)
          .labelNames("source")
          .classicUpperBounds(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
          .register(registry);
  private final Counter pollErrors =
      Counter.builder()
          .name("fleetscope_source_poll_errors_total")
          .help("Polls of a source that failed.")
          .labelNames("source")
          .register(registry);
  private final Counter changes =
      Counter.builder()
          .name("fleetscope_apply_changes_total")
          .help(
              "Changes (applies, resumptions, rollbacks) by the final state they reached: rolled_out, failed, not_applied, drifted.")
          .labelNames("state")
          .register(registry);
  private final Counter runs =
      Counter.builder()
          .name("fleetscope_apply_runs_total")
          .help(
              "Apply, resume and rollback runs by how they ended: completed, stopped, cancelled, interrupted.")
          .labelNames("outcome")
          .register(registry);
  private volatile Supplier<FleetSnapshot> latest = () -> FleetSnapshot.EMPTY;
  private volatile Recommended recommended = new Recommended("", 0, Map.of());

  /** The latest set of recommendations, as the gauges report it. */
  private record Recommended(
      String strategy, int containers, Map<Currency, Double> savingsPerMonth) {}

  private HTTPServer server;

  public ConsoleMetrics() {
    GaugeWithCallback.builder()
        .name("fleetscope_source_stale")
        .help("1 when a source's data is stale or it never answered, else 0.")
        .labelNames("source")
        .callback(
            cb ->
                statuses()
                    .forEach(
                        s ->
                            cb.call(
                                s.state() == SourceState.STALE || s.state() == SourceState.FAILED
                                    ? 1
                                    : 0,
                                s.sourceId())))
        .register(registry);
    GaugeWithCallback.builder()
        .name("fleetscope_source_last_success_timestamp_seconds")
        .help("When a source last answered, in seconds since the epoch.")
        .labelNames("source")
        .callback(
            cb ->
                statuses()
                    .forEach(
                        s ->
                            s.lastSuccess()
                                .ifPresent(
                                    at -> cb.call(at.toEpochMilli() / 1000.0, s.sourceId()))))
        .register(registry);
    GaugeWithCallback.builder()
        .name("fleetscope_recommendations")
        .help(
            "Containers with a current rightsizing recommendation, by the strategy that made them.")
        .labelNames("strategy")
        .callback(
            cb -> {
              Recommended r = recommended;
              if (!r.strategy().isEmpty()) {
                cb.call(r.containers(), r.strategy());
              }
            })
        .register(registry);
    GaugeWithCallback.builder()
        .name("fleetscope_recommendations_savings_per_month")
        .help(
            "What the current recommendations save per month at node prices (replayed), by currency.")
        .labelNames("currency", "strategy")
        .callback(
            cb -> {
              Recommended r = recommended;
              r.savingsPerMonth()
                  .forEach(
                      (currency, amount) ->
                          cb.call(amount, currency.getCurrencyCode(), r.strategy()));
            })
        .register(registry);
  }

  /** Where the staleness gauges read the sources' statuses: the live fleet's latest snapshot. */
  public void watch(Supplier<FleetSnapshot> snapshots) {
    latest = snapshots;
  }

  private List<SourceStatus> statuses() {
    return latest.get().sources();
  }

  @Override
  public void polled(String sourceId, Duration took, boolean succeeded) {
    pollSeconds.labelValues(sourceId).observe(took.toNanos() / 1e9);
    pollErrors.labelValues(sourceId).inc(succeeded ? 0 : 1);
  }

  @Override
  public void recommended(String strategy, int containers, Map<Currency, Double> savingsPerMonth) {
    recommended = new Recommended(strategy, containers, Map.copyOf(savingsPerMonth));
  }

  @Override
  public void changeFinished(ChangeState state) {
    changes.labelValues(state.name().toLowerCase(Locale.ROOT)).inc();
  }

  @Override
  public void runEnded(RunOutcome.Kind outcome) {
    runs.labelValues(outcome.name().toLowerCase(Locale.ROOT)).inc();
  }

  /** The registry, for the parts of the console that add their own metrics. */
  public PrometheusRegistry registry() {
    return registry;
  }

  /** Serves {@code /metrics} on {@code host:port} (0 picks a free port); returns the port. */
  public int listen(String host, int port) throws IOException {
    server = HTTPServer.builder().hostname(host).port(port).registry(registry).buildAndStart();
    return server.getPort();
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
