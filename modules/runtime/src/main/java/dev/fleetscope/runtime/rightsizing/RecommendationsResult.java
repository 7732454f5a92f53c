package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.engine.fleet.FleetRecommendations;
import dev.fleetscope.model.FleetSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One computation's rows, largest savings first, and the ones the filter shows with their totals.
 *
 * @param snapshotAt the instant of the snapshot recommended from
 * @param withoutHistory workload containers that have no usage history to recommend from
 * @param judgement the strategy judged on days it never saw, once that is computed
 */
public record RecommendationsResult(
    StrategyChoice choice,
    Instant snapshotAt,
    List<RecommendationRow> all,
    int withoutHistory,
    String filter,
    List<RecommendationRow> shown,
    RecommendationTotals totals,
    Optional<OutOfSample> judgement) {

  public static final RecommendationsResult EMPTY =
      new RecommendationsResult(
          StrategyChoice.DEFAULT,
          Instant.EPOCH,
          List.of(),
          0,
          "",
          List.of(),
          RecommendationTotals.NONE,
          Optional.empty());

  public RecommendationsResult {
    all = List.copyOf(all);
    shown = List.copyOf(shown);
  }

  public static RecommendationsResult of(
      FleetRecommendations recommendations,
      FleetSnapshot snapshot,
      StrategyChoice choice,
      String filter) {
    List<RecommendationRow> rows =
        recommendations.containers().stream().map(c -> RecommendationRow.of(c, snapshot)).toList();
    return new RecommendationsResult(
            choice,
            snapshot.at(),
            rows,
            recommendations.withoutHistory().size(),
            "",
            rows,
            RecommendationTotals.NONE,
            Optional.empty())
        .filtered(filter);
  }

  /**
   * The same rows with another filter: every word must occur in a row's id, kind, team or model.
   */
  public RecommendationsResult filtered(String text) {
    String f = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    List<RecommendationRow> rows = all.stream().filter(r -> r.matches(f)).toList();
    return new RecommendationsResult(
        choice,
        snapshotAt,
        all,
        withoutHistory,
        f,
        rows,
        RecommendationTotals.of(rows, choice.budget().cpuShare()),
        judgement);
  }

  public RecommendationsResult withJudgement(OutOfSample outOfSample) {
    return new RecommendationsResult(
        choice, snapshotAt, all, withoutHistory, filter, shown, totals, Optional.of(outOfSample));
  }

  public Optional<RecommendationRow> row(String id) {
    return all.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
