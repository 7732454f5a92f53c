package dev.fleetscope.engine;

import dev.fleetscope.model.UnitPrices;

/**
 * Judges a strategy the way users will: recommend from the first part of a history, then replay the
 * part it never saw against that recommendation.
 *
 * @param recommendation made from the first part, with its in-sample replay
 * @param unseen the replay of the rest
 */
public record Backtest(Recommendation recommendation, Replay unseen) {

  /** Recommends from steps {@code [0, split)} and replays steps {@code [split, size)}. */
  public static Backtest run(
      Rightsizer rightsizer,
      UsageHistory history,
      ContainerFacts facts,
      UnitPrices prices,
      int split) {
    UsageHistory seen = history.slice(0, split);
    UsageHistory rest = history.slice(split, history.size());
    Recommendation recommendation = rightsizer.recommend(seen, facts, prices);
    Replay unseen = Replayer.replay(rest, facts, recommendation.proposed(), 0, prices);
    return new Backtest(recommendation, unseen);
  }
}
