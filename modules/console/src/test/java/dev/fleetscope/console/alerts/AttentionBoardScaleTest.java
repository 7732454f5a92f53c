package dev.fleetscope.console.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.alerts.AlertState;
import dev.fleetscope.console.WallBoard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The attention board's type on a 1080p and a 4K wall (laid out at those sizes on the FX thread):
 * 56 px figures at 1920×1080, twice that at 3840×2160, captions half the figures.
 */
class AttentionBoardScaleTest {
  private static final Instant JUDGED = Instant.parse("2026-12-05T09:00:00Z");

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void figuresKeepTheirShareOfTheScreen() throws Exception {
    assertEquals(List.of(56.0, 28.0), sizes(1920, 1080));
    assertEquals(List.of(112.0, 56.0), sizes(3840, 2160));
  }

  /**
   * The headline's and the footer's font size when the board is laid out at that size (as a wall's
   * full-screen stage lays it out; no window is opened, so no other test loses the focus).
   */
  private static List<Double> sizes(int width, int height) throws Exception {
    AttentionModel model = new AttentionModel(a -> {});
    model.accept(new AlertState(JUDGED, List.of(), List.of(), List.of()), "", DataSources.NONE);
    WaitForAsyncUtils.waitForFxEvents();
    Clock clock = Clock.fixed(JUDGED.plusSeconds(5), ZoneOffset.UTC);
    return WaitForAsyncUtils.asyncFx(
            () -> {
              WallBoard board = AttentionBoard.of(model, clock, Duration.ofSeconds(15));
              new Scene(board, width, height);
              board.resize(width, height);
              board.applyCss();
              board.layout();
              return List.of(
                  ((Label) board.lookup("#attention-board-headline")).getFont().getSize(),
                  ((Label) board.lookup("#attention-board-footer")).getFont().getSize());
            })
        .get(10, TimeUnit.SECONDS);
  }
}
