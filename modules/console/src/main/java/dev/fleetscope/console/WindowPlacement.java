package dev.fleetscope.console;

import dev.fleetscope.runtime.config.Settings;
import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the desktop window opens: where it was left when a screen still shows its title bar,
 * otherwise centred on the primary screen; never larger than the screen it opens on. A window saved
 * on a monitor since unplugged, or the 1440×900 default on a 1366×768 laptop, would open partly or
 * wholly out of reach.
 */
record WindowPlacement(double x, double y, double width, double height) {
  /** How much of the title bar must be on a screen for the user to find and drag the window. */
  static final double TITLE_SEEN = 100;

  static final double TITLE_HEIGHT = 30;

  /**
   * @param saved where the window was left, or null on a first run
   * @param width the window's width on a first run; {@code height} likewise
   * @param screens the screens' usable areas (without task bars and docks)
   */
  static WindowPlacement choose(
      Settings.WindowBounds saved,
      double width,
      double height,
      List<Rectangle2D> screens,
      Rectangle2D primary) {
    if (saved != null) {
      for (Rectangle2D screen : screens) {
        if (showsTitle(screen, saved)) {
          return within(screen, saved.x(), saved.y(), saved.width(), saved.height());
        }
      }
      width = saved.width();
      height = saved.height();
    }
    double w = Math.min(width, primary.getWidth());
    double h = Math.min(height, primary.getHeight());
    return new WindowPlacement(
        primary.getMinX() + (primary.getWidth() - w) / 2,
        primary.getMinY() + (primary.getHeight() - h) / 2,
        w,
        h);
  }

  private static boolean showsTitle(Rectangle2D screen, Settings.WindowBounds b) {
    double seenWide =
        Math.min(b.x() + b.width(), screen.getMaxX()) - Math.max(b.x(), screen.getMinX());
    double seenHigh =
        Math.min(b.y() + TITLE_HEIGHT, screen.getMaxY()) - Math.max(b.y(), screen.getMinY());
    return seenWide >= TITLE_SEEN && seenHigh > 0;
  }

  /** The bounds moved and shrunk as little as needed to lie wholly on {@code screen}. */
  private static WindowPlacement within(
      Rectangle2D screen, double x, double y, double width, double height) {
    double w = Math.min(width, screen.getWidth());
    double h = Math.min(height, screen.getHeight());
    return new WindowPlacement(
        Math.clamp(x, screen.getMinX(), screen.getMaxX() - w),
        Math.clamp(y, screen.getMinY(), screen.getMaxY() - h),
        w,
        h);
  }
}
