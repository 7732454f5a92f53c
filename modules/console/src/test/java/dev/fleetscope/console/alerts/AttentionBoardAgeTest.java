package dev.fleetscope.console.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.alerts.AlertEngine;
import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.AlertState;
import dev.fleetscope.alerts.RuleKind;
import dev.fleetscope.alerts.Scope;
import dev.fleetscope.alerts.input.AlertInputs;
import dev.fleetscope.console.DataAge;
import dev.fleetscope.console.WallBoard;
import dev.fleetscope.model.Severity;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wall's attention board says how old its judgement is, amber then red once evaluations stop
 * (TestFX on Monocle, a fixed clock).
 */
class AttentionBoardAgeTest {
  private static final Instant JUDGED = Instant.parse("2026-12-05T09:00:00Z");
  private static final Duration EVERY = Duration.ofSeconds(15);

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void theAgeTurnsAmberThenRedAndIsAlwaysWritten() throws Exception {
    assertEquals(List.of("", "12 s ago"), footer(Duration.ofSeconds(12)));
    assertEquals(List.of("stale-amber", "2 min ago"), footer(Duration.ofMinutes(2)));
    List<String> red = footer(Duration.ofMinutes(30));
    assertEquals("stale-red", red.get(0));
    assertTrue(
        red.get(1).startsWith("30 min ago · the alert rules are not being judged"), red.get(1));
  }

  /**
   * Real alerts from the engine: two sources gone quiet, one failing 30 min, one stale 8 min. Each
   * tile names its own source and age, red and amber.
   */
  @Test
  void eachTileSaysHowOldItsOwnDataIs() throws Exception {
    List<SourceStatus> sources =
        List.of(
            status("prom", "Demo Prometheus", SourceState.FAILED, Duration.ofMinutes(30)),
            status("airflow", "Demo Airflow", SourceState.STALE, Duration.ofMinutes(8)));
    AlertInputs inputs = AlertInputs.none().withSources(sources);
    AlertRule quiet =
        new AlertRule(
            "source-unhealthy",
            RuleKind.SOURCE_UNHEALTHY,
            true,
            5,
            Duration.ZERO,
            Severity.CRITICAL,
            Scope.ALL);
    AlertState state = new AlertEngine(List.of(quiet)).evaluate(inputs, JUDGED);
    AttentionModel model = new AttentionModel(a -> {});
    model.accept(state, "", DataSources.of(inputs, JUDGED));
    WaitForAsyncUtils.waitForFxEvents();
    Clock clock = Clock.fixed(JUDGED.plusSeconds(5), ZoneOffset.UTC);

    List<String> tiles =
        WaitForAsyncUtils.asyncFx(
                () ->
                    AttentionBoard.of(model, clock, EVERY).lookupAll(".tile-age").stream()
                        .map(Label.class::cast)
                        .map(l -> l.getText() + " | " + String.join(" ", l.getStyleClass()))
                        .sorted()
                        .toList())
            .get(10, TimeUnit.SECONDS);

    assertEquals(
        List.of(
            "data 30 min ago · Demo Prometheus failing | label wall-caption tile-age stale-red",
            "data 8 min ago · Demo Airflow stale | label wall-caption tile-age stale-amber"),
        tiles);
  }

  private static SourceStatus status(String id, String name, SourceState state, Duration quiet) {
    return new SourceStatus(
        id, name, state, Optional.of(JUDGED.minus(quiet)), Optional.empty(), Optional.empty());
  }

  @Test
  void sinceNamesTheDayOnceItIsNotToday() {
    Instant now = Instant.parse("2026-12-06T21:05:00Z");
    assertEquals(
        "20:40", AttentionBoard.since(Instant.parse("2026-12-06T20:40:00Z"), now, ZoneOffset.UTC));
    assertEquals(
        "5 Dec 21:22",
        AttentionBoard.since(Instant.parse("2026-12-05T21:22:00Z"), now, ZoneOffset.UTC),
        "yesterday's 21:22 is not later than the clock's 21:05");
  }

  @Test
  void levelsFollowMissedEvaluations() {
    assertEquals(DataAge.FRESH, DataAge.of(EVERY.multipliedBy(3), EVERY));
    assertEquals(DataAge.AMBER, DataAge.of(EVERY.multipliedBy(4), EVERY));
    assertEquals(DataAge.RED, DataAge.of(EVERY.multipliedBy(20), EVERY));
    assertEquals("3 h ago", DataAge.ago(Duration.ofMinutes(200)));
  }

  /** The footer's staleness class (or "") and its text after "judged at HH:MM · ". */
  private static List<String> footer(Duration age) throws Exception {
    AttentionModel model = new AttentionModel(a -> {});
    model.accept(
        new AlertState(JUDGED, List.of(), List.of(), List.of()),
        "8 rules over the demo fleet",
        DataSources.NONE);
    WaitForAsyncUtils.waitForFxEvents();
    Clock clock = Clock.fixed(JUDGED.plus(age), ZoneOffset.UTC);
    return WaitForAsyncUtils.asyncFx(
            () -> {
              WallBoard board = AttentionBoard.of(model, clock, EVERY);
              Label footer = (Label) board.lookup("#attention-board-footer");
              String text = footer.getText();
              String stale =
                  footer.getStyleClass().stream()
                      .filter(c -> c.startsWith("stale-"))
                      .findFirst()
                      .orElse("");
              return List.of(stale, text.substring(text.indexOf(" · ") + 3));
            })
        .get(10, TimeUnit.SECONDS);
  }
}
