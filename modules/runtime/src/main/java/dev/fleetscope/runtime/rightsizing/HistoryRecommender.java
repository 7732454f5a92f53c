package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.engine.Recommendation;
import dev.fleetscope.engine.Replay;
import dev.fleetscope.engine.Savings;
import dev.fleetscope.engine.Strategy;
import dev.fleetscope.engine.fleet.FleetRecommendations;
import dev.fleetscope.engine.fleet.FleetRightsizer;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Progress;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.prometheus.FleetHistory;
import dev.fleetscope.prometheus.HistoryReader;
import dev.fleetscope.prometheus.HistoryRequest;
import dev.fleetscope.prometheus.InventoryReader;
import dev.fleetscope.prometheus.PrometheusClient;
import dev.fleetscope.prometheus.PrometheusException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code recommend --prometheus}: the fleet's history read from Prometheus in a fixed number of
 * queries ({@link HistoryReader}), recommended by the engine exactly as the console recommends a
 * fleet ({@link FleetRightsizer}: every workload container at the window's end that has a history),
 * and priced at the command's unit prices, since Prometheus does not know what nodes cost.
 */
public final class HistoryRecommender {
  private HistoryRecommender() {}

  public record Result(
      List<NamedRecommendation> recommendations, int withoutHistory, FleetHistory history) {}

  public static Result recommend(
      PrometheusClient client,
      HistoryRequest request,
      Strategy strategy,
      UnitPrices prices,
      Consumer<Progress> progress)
      throws PrometheusException {
    // Throws NothingToWorkOnException (saying what was missing) rather than return no container.
    FleetHistory history = new HistoryReader(client).read(request, progress);
    FleetRecommendations fleet =
        new FleetRightsizer(strategy).recommend(history.toSnapshot(), progress, () -> false);
    List<NamedRecommendation> named =
        fleet.containers().stream()
            .map(r -> new NamedRecommendation(r.ref().id(), priced(r.recommendation(), prices)))
            .sorted(Comparator.comparing(NamedRecommendation::container))
            .toList();
    if (named.isEmpty()) {
      throw empty(
              client,
              request,
              history.usage().size(),
              history.unattributedSeries(),
              history.clusters())
          .exception();
    }
    return new Result(named, fleet.withoutHistory().size(), history);
  }

  static EmptyHistory empty(
      PrometheusClient client,
      HistoryRequest request,
      int usageContainers,
      int unattributed,
      List<Cluster> clusters) {
    return new EmptyHistory(
        client.settings().url().toString(),
        request.end().minus(request.window()),
        request.end(),
        usageContainers,
        unattributed,
        clusters,
        new InventoryReader(client).podOwnersQuery());
  }

  /**
   * The same recommendation with its savings priced anew: what is given back does not depend on
   * prices.
   */
  public static Recommendation priced(Recommendation r, UnitPrices prices) {
    Savings s = r.replay().savings();
    Replay p = r.replay();
    Replay replay =
        new Replay(
            p.cpuSamples(),
            p.cpuOverRequestShare(),
            p.cpuOverLimitShare(),
            p.memorySamples(),
            p.memoryOverLimitSamples(),
            new Savings(
                s.cores(),
                s.bytes(),
                s.gpus(),
                prices.perMonth(s.cores(), s.bytes(), s.gpus()),
                prices.currency()),
            p.hpa());
    return new Recommendation(
        r.strategy(), r.current(), r.proposed(), replay, r.confidence(), r.reason(), r.gpu());
  }
}
