package dev.fleetscope.console.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.alerts.AlertState;
import dev.fleetscope.console.DataAge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
        new AlertState(JUDGED, List.of(), List.of(), List.of()), "8 rules over the demo fleet");
    WaitForAsyncUtils.waitForFxEvents();
    Clock clock = Clock.fixed(JUDGED.plus(age), ZoneOffset.UTC);
    return WaitForAsyncUtils.asyncFx(
            () -> {
              AttentionBoard board = new AttentionBoard(model, clock, EVERY);
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
