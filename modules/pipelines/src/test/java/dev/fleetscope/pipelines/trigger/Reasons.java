package dev.fleetscope.pipelines.trigger;

import java.time.Instant;
import java.util.List;

/** The reason a drifting demo model is retrained. */
final class Reasons {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  private Reasons() {}

  static RetrainReason ranker() {
    return new RetrainReason(
        "ranker",
        "ranker: 2 of 4 columns drifted (50%): basket_size, country",
        0.5,
        List.of(
            new RetrainReason.Column("basket_size", "wasserstein", 0.31, 0.1),
            new RetrainReason.Column("country", "jensenshannon", 0.17, 0.1)),
        new RetrainReason.Window(
            Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-08T00:00:00Z")),
        new RetrainReason.Window(
            Instant.parse("2026-11-22T00:00:00Z"), Instant.parse("2026-11-23T00:00:00Z")));
  }
}
