package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.runtime.config.Settings;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
  private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);
  private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
  private static final Rectangle2D RIGHT_OF_FULL_HD = new Rectangle2D(1920, 0, 2560, 1400);

  private static WindowPlacement first(Rectangle2D screen) {
    return WindowPlacement.choose(null, 1440, 900, List.of(screen), screen);
  }

  private static Settings.WindowBounds saved(double x, double y, double w, double h) {
    return new Settings.WindowBounds(x, y, w, h, false);
  }

  @Test
  void aFirstRunOpensCentredAtItsSizeOrTheScreensIfSmaller() {
    assertEquals(new WindowPlacement(240, 70, 1440, 900), first(FULL_HD));
    assertEquals(new WindowPlacement(0, 0, 1366, 728), first(LAPTOP));
  }

  @Test
  void aWindowLeftOnAScreenStillThereOpensWhereItWas() {
    assertEquals(
        new WindowPlacement(2100, 200, 1200, 800),
        WindowPlacement.choose(
            saved(2100, 200, 1200, 800), 1440, 900, List.of(FULL_HD, RIGHT_OF_FULL_HD), FULL_HD));
  }

  @Test
  void aWindowLeftOnAScreenSinceUnpluggedOpensCentredOnThePrimaryAtItsSize() {
    assertEquals(
        new WindowPlacement(360, 120, 1200, 800),
        WindowPlacement.choose(saved(2100, 200, 1200, 800), 1440, 900, List.of(FULL_HD), FULL_HD));
  }

  @Test
  void aWindowHalfOffItsScreenIsMovedAndShrunkOntoIt() {
    // its title bar still shows 166 px on the laptop: moved left and up, and cut to the screen
    assertEquals(
        new WindowPlacement(0, 0, 1366, 728),
        WindowPlacement.choose(saved(1200, 300, 1440, 900), 1440, 900, List.of(LAPTOP), LAPTOP));
    // only 50 px of its title bar on the screen: not findable, so centred
    assertEquals(
        new WindowPlacement(240, 70, 1440, 900),
        WindowPlacement.choose(saved(1870, 70, 1440, 900), 1440, 900, List.of(FULL_HD), FULL_HD));
    // its title bar above the screen's top
    assertEquals(
        new WindowPlacement(240, 70, 1440, 900),
        WindowPlacement.choose(saved(100, -40, 1440, 900), 1440, 900, List.of(FULL_HD), FULL_HD));
  }
}
