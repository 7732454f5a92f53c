package dev.fleetscope.runtime.config;

import java.util.List;
import java.util.Optional;

/**
 * What the console remembers between runs. The first run needs none of it: {@link #DEFAULTS} open
 * the demo fleet's Overview in the light theme.
 *
 * @param window the last window bounds, or null for a centered default
 * @param updateCheck false to stop the daily check for a newer release; null (absent) checks
 * @param wallViews the boards a {@code --wall} shows, in order, when {@code --wall-views} is not
 *     given ({@code ["attention", "pipelines"]}); null (absent) for the default
 * @param desktopNotices false to keep alerts and pipeline runs out of the window's corner (the
 *     Overview still lists them, webhooks still send them); null (absent) shows them
 */
public record Settings(
    String theme,
    String view,
    WindowBounds window,
    Boolean updateCheck,
    List<String> wallViews,
    Boolean desktopNotices) {
  public static final Settings DEFAULTS = new Settings("light", "overview", null, null);

  public Settings {
    wallViews = wallViews == null ? null : List.copyOf(wallViews);
  }

  /** Without wall boards of its own. */
  public Settings(String theme, String view, WindowBounds window, Boolean updateCheck) {
    this(theme, view, window, updateCheck, null, null);
  }

  public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}

  public Settings withTheme(String newTheme) {
    return new Settings(newTheme, view, window, updateCheck, wallViews, desktopNotices);
  }

  public Settings withView(String newView) {
    return new Settings(theme, newView, window, updateCheck, wallViews, desktopNotices);
  }

  public Settings withWindow(WindowBounds bounds) {
    return new Settings(theme, view, bounds, updateCheck, wallViews, desktopNotices);
  }

  /** With the wall's boards in this order; an empty list goes back to the default. */
  public Settings withWallViews(List<String> views) {
    return new Settings(
        theme, view, window, updateCheck, views.isEmpty() ? null : views, desktopNotices);
  }

  /** The wall's boards as {@code --wall-views} writes them, when the settings choose them. */
  public Optional<String> wallViewsOption() {
    return wallViews == null || wallViews.isEmpty()
        ? Optional.empty()
        : Optional.of(String.join(",", wallViews));
  }

  /** Whether alerts and pipeline runs are told in the window's corner: yes unless turned off. */
  public boolean showsDesktopNotices() {
    return !Boolean.FALSE.equals(desktopNotices);
  }

  /** Whether the console looks for a newer release once a day: yes unless turned off. */
  public boolean checksForUpdates() {
    return !Boolean.FALSE.equals(updateCheck);
  }
}
