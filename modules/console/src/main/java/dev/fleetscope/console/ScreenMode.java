package dev.fleetscope.console;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the console is shown: on an engineer's desktop, or on a wall screen that nobody touches.
 */
public sealed interface ScreenMode {
  ScreenMode DESKTOP = new Desktop();

  /** Every view, navigation, editing, settings kept. */
  record Desktop() implements ScreenMode {}

  /**
   * Full screen, no navigation, the given views in turn, nothing that edits or changes a cluster.
   * Settings are left as the desktop keeps them.
   *
   * @param views view ids in the order they are shown, each one of {@link #VIEWS}
   * @param every how long each view stays up
   */
  record Wall(List<String> views, Duration every) implements ScreenMode {
    /**
     * The views that only show (Recommendations and Connections exist to change things), and the
     * boards made for a wall alone ({@code attention}: the firing alerts in large type).
     */
    public static final Set<String> VIEWS =
        Set.of(
            "overview",
            "utilization",
            "pipelines",
            "drift",
            "cost",
            "serving",
            "nodes",
            "attention");

    /** What needs attention first, then the fleet, its pipelines and its cost. */
    public static final List<String> DEFAULT_VIEWS =
        List.of("attention", "overview", "pipelines", "cost");

    public static final Duration DEFAULT_EVERY = Duration.ofSeconds(30);

    public Wall {
      views = List.copyOf(views);
      if (views.isEmpty()) {
        throw new IllegalArgumentException("a wall screen needs at least one view");
      }
      for (String view : views) {
        if (!VIEWS.contains(view)) {
          throw new IllegalArgumentException(
              "'"
                  + view
                  + "' is not a view a wall screen shows; choose from "
                  + String.join(", ", VIEWS.stream().sorted().toList()));
        }
      }
      if (views.stream().distinct().count() != views.size()) {
        throw new IllegalArgumentException("a view is named twice in " + String.join(",", views));
      }
      if (every.isNegative() || every.isZero()) {
        throw new IllegalArgumentException("each view must stay up for some time, not " + every);
      }
    }

    /** Parses {@code overview,pipelines,cost} (case and spaces ignored). */
    public static Wall of(String views, Duration every) {
      return new Wall(List.of(views.toLowerCase(Locale.ROOT).replace(" ", "").split(",")), every);
    }
  }
}
