package dev.fleetscope.prometheus;

import java.util.List;

/**
 * Range queries of any length. A range is sent in pieces of at most 11,000 points, the most
 * Prometheus returns per series; should a server still refuse a piece (a lower limit on a
 * Thanos/Mimir front, or too many samples for its {@code --query.max-samples}), the piece is halved
 * and each half tried, down to a single point. The user never sees the 11,000-point refusal.
 */
public final class RangeFetcher {
  public static final int PROMETHEUS_MAX_POINTS = 11_000;

  private final PrometheusClient client;
  private final int maxPoints;

  public RangeFetcher(PrometheusClient client) {
    this(client, PROMETHEUS_MAX_POINTS);
  }

  RangeFetcher(PrometheusClient client, int maxPoints) {
    this.client = client;
    this.maxPoints = maxPoints;
  }

  /** Evaluates the query at every point of the grid; chunks arrive at the handler in time order. */
  public Annotations fetch(PromQuery query, StepGrid grid, SeriesHandler handler)
      throws PrometheusException {
    Annotations all = Annotations.NONE;
    for (StepGrid chunk : grid.chunks(maxPoints)) {
      all = all.plus(fetchPiece(query, chunk, handler));
    }
    return all;
  }

  private Annotations fetchPiece(PromQuery query, StepGrid piece, SeriesHandler handler)
      throws PrometheusException {
    try {
      return client.queryRange(query, piece.first(), piece.last(), piece.step(), handler);
    } catch (PrometheusException e) {
      if (!e.problem().splittable() || piece.points() < 2) {
        throw e;
      }
      List<StepGrid> halves = piece.chunks((piece.points() + 1) / 2);
      return fetchPiece(query, halves.get(0), handler)
          .plus(fetchPiece(query, halves.get(1), handler));
    }
  }
}
