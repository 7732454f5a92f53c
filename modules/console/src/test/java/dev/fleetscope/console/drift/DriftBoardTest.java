package dev.fleetscope.console.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.console.BoardLines;
import dev.fleetscope.console.DataAge;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallBoard.Tone;
import dev.fleetscope.console.drift.ModelRow.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the wall's drift board puts first, from a list of models the test writes. */
class DriftBoardTest {
  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

  @Test
  void datasetDriftComesFirstLargestShareFirstThenColumnDriftThenModelsThatCannotBeComputed() {
    ModelList list =
        new ModelList(
            List.of(
                row("churn", Status.NO_DRIFT, 0, 10, 10),
                row("ranker", Status.DATASET_DRIFT, 6, 10, 5),
                row("fraud", Status.COLUMN_DRIFT, 2, 10, 5),
                new ModelRow(
                    "cfg:eta", "eta", "eta.csv", Status.FAILED, 0, 0, Double.NaN, NOW, "no rows"),
                row("ads", Status.DATASET_DRIFT, 8, 10, 190)),
            5,
            true,
            "");

    Picture picture = DriftBoard.picture(list);

    assertEquals("3 of 5 models drift", picture.headline());
    assertEquals(Tone.CRITICAL, picture.tone(), "dataset drift is the worst there is");
    assertEquals(
        List.of(
            "ads | 80% | CRITICAL",
            "ranker | 60% | CRITICAL", "fraud | 20% | WARNING", "eta | — | WARNING"),
        BoardLines.of(picture));
    assertEquals("dataset drift · 8 of 10 columns · demo", picture.items().getFirst().caption());
    assertEquals("cannot compute: no rows", picture.items().get(3).caption());
    // computed hourly: amber after two hours, red after ten
    assertEquals(DataAge.FRESH, picture.items().get(1).age().apply(NOW).level());
    assertEquals("computed 3 h ago", picture.items().getFirst().age().apply(NOW).text());
    assertEquals(DataAge.AMBER, picture.items().getFirst().age().apply(NOW).level());
    assertEquals("oldest computed 3 h ago", picture.age().apply(NOW).text());
    assertEquals(
        DataAge.RED, picture.items().getFirst().age().apply(NOW.plus(Duration.ofHours(8))).level());
  }

  @Test
  void noDriftIsSaidInGreenOnceEveryModelIsComputed() {
    List<ModelRow> rows =
        List.of(row("churn", Status.NO_DRIFT, 0, 10, 1), row("ads", Status.NO_DRIFT, 1, 10, 1));
    assertEquals(
        "No drift in 2 models", DriftBoard.picture(new ModelList(rows, 2, true, "")).headline());
    assertEquals(Tone.CALM, DriftBoard.picture(new ModelList(rows, 2, true, "")).tone());
    Picture computing =
        DriftBoard.picture(
            new ModelList(
                List.of(
                    rows.getFirst(),
                    new ModelRow(
                        "demo:ads", "ads", "demo", Status.PENDING, 0, 0, Double.NaN, null, "")),
                1,
                true,
                ""));
    assertEquals("Computing drift… 1 of 2", computing.headline());
    assertEquals(Tone.NEUTRAL, computing.tone());
  }

  private static ModelRow row(
      String name, Status status, long drifted, long tested, int minutesAgo) {
    return new ModelRow(
        "demo:" + name,
        name,
        "demo",
        status,
        drifted,
        tested,
        (double) drifted / tested,
        NOW.minus(Duration.ofMinutes(minutesAgo)),
        "");
  }
}
