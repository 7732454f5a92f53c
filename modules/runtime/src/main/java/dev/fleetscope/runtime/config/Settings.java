package dev.fleetscope.runtime.config;

/**
 * What the console remembers between runs. The first run needs none of it: {@link #DEFAULTS} open
 * the demo fleet's Overview in the light theme.
 *
 * @param window the last window bounds, or null for a centered default
 * @param updateCheck false to stop the daily check for a newer release; null (absent) checks
 */
public record Settings(String theme, String view, WindowBounds window, Boolean updateCheck) {
  public static final Settings DEFAULTS = new Settings("light", "overview", null, null);

  public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}

  public Settings withTheme(String newTheme) {
    return new Settings(newTheme, view, window, updateCheck);
  }

  public Settings withView(String newView) {
    return new Settings(theme, newView, window, updateCheck);
  }

  public Settings withWindow(WindowBounds bounds) {
    return new Settings(theme, view, bounds, updateCheck);
  }

  /** Whether the console looks for a newer release once a day: yes unless turned off. */
  public boolean checksForUpdates() {
    return !Boolean.FALSE.equals(updateCheck);
  }
}
