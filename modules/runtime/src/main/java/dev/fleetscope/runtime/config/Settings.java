package dev.fleetscope.runtime.config;

/**
 * What the console remembers between runs. The first run needs none of it: {@link #DEFAULTS} open
 * the demo fleet's Overview in the light theme.
 *
 * @param window the last window bounds, or null for a centered default
 */
public record Settings(String theme, String view, WindowBounds window) {
  public static final Settings DEFAULTS = new Settings("light", "overview", null);

  public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}

  public Settings withTheme(String newTheme) {
    return new Settings(newTheme, view, window);
  }

  public Settings withView(String newView) {
    return new Settings(theme, newView, window);
  }

  public Settings withWindow(WindowBounds bounds) {
    return new Settings(theme, view, bounds);
  }
}
