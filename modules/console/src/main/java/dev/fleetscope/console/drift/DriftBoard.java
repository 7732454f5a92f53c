package dev.fleetscope.console.drift;

import dev.fleetscope.console.DataAge;
import dev.fleetscope.console.WallBoard;
import dev.fleetscope.console.WallBoard.Item;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallBoard.Tone;
import dev.fleetscope.console.WallDataAge;
import dev.fleetscope.model.Units;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The wall's drift board: how many models drift, then the worst few (dataset drift before column
 * drift, the larger drifted share first, then the models whose drift cannot be computed), each with
 * the share of its columns that drifted and how long ago it was computed.
 */
public final class DriftBoard {
  /**
   * Drift is computed on hourly windows: an outcome turns amber after {@link DataAge#of} four of
   * these (two hours) and red after twenty.
   */
  static final Duration RENEWED = Duration.ofMinutes(30);

  private DriftBoard() {}

  public static WallBoard of(DriftViewModel model, Clock clock) {
    model.activate(); // computing starts with the board, as with the view
    return new WallBoard("drift-board", clock, model.list(), DriftBoard::picture);
  }

  static Picture picture(ModelList list) {
    if (list.total() == 0) {
      return new Picture(
          list.started() ? "No models monitored" : "Computing drift…",
          Tone.NEUTRAL,
          List.of(),
          list.problem().isEmpty() ? "models are added in the Drift view" : list.problem(),
          now -> new WallDataAge("nothing computed yet", DataAge.FRESH));
    }
    List<Item> items =
        list.rows().stream()
            .filter(r -> r.drifting() || r.status() == ModelRow.Status.FAILED)
            .sorted(
                Comparator.comparing(ModelRow::status)
                    .reversed()
                    .thenComparing(r -> Double.isNaN(r.share()) ? 0 : -r.share()))
            .map(DriftBoard::item)
            .toList();
    long drifting = list.drifting();
    boolean dataset =
        list.rows().stream().anyMatch(r -> r.status() == ModelRow.Status.DATASET_DRIFT);
    String headline;
    Tone tone;
    if (drifting > 0) {
      headline =
          drifting + " of " + list.total() + (list.total() == 1 ? " model" : " models") + " drift";
      tone = dataset ? Tone.CRITICAL : Tone.WARNING;
    } else if (!list.complete()) {
      headline = "Computing drift… " + list.computed() + " of " + list.total();
      tone = Tone.NEUTRAL;
    } else if (!items.isEmpty()) {
      headline = items.size() + (items.size() == 1 ? " model" : " models") + " cannot be computed";
      tone = Tone.WARNING;
    } else {
      headline = "No drift in " + list.total() + (list.total() == 1 ? " model" : " models");
      tone = Tone.CALM;
    }
    Instant oldest =
        list.rows().stream()
            .map(ModelRow::computedAt)
            .filter(Objects::nonNull)
            .min(Comparator.naturalOrder())
            .orElse(null);
    return new Picture(
        headline,
        tone,
        items,
        list.total() + " models · current hour against each one's reference",
        now -> computed("oldest computed", oldest, now));
  }

  private static Item item(ModelRow row) {
    boolean failed = row.status() == ModelRow.Status.FAILED;
    return new Item(
        row.name(),
        failed ? "—" : Units.percent(row.share()),
        failed
            ? "cannot compute: " + row.message()
            : row.status().text() + " · " + row.columnsText() + " · " + row.origin(),
        switch (row.status()) {
          case DATASET_DRIFT -> Tone.CRITICAL;
          case COLUMN_DRIFT, FAILED -> Tone.WARNING;
          case PENDING, NO_DRIFT -> Tone.CALM;
        },
        now -> computed("computed", row.computedAt(), now));
  }

  /** {@code computed 12 min ago}, amber once a few hourly computations were missed. */
  private static WallDataAge computed(String what, Instant at, Instant now) {
    if (at == null) {
      return new WallDataAge("computing…", DataAge.FRESH);
    }
    Duration age = Duration.between(at, now);
    return new WallDataAge(what + " " + DataAge.ago(age), DataAge.of(age, RENEWED));
  }
}
