package dev.fleetscope.app;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the console has a screen to open on. On Linux JavaFX needs an X11 or Wayland display and,
 * without one, fails deep in its toolkit with a stack trace; saying so in one line is kinder.
 * Headless Monocle (the UI tests) needs none.
 */
final class DisplayCheck {
  private DisplayCheck() {}

  /** Why no window can open, or empty when one can (or this platform does not say). */
  static Optional<String> missing(
      Map<String, String> environment, String osName, String glassPlatform) {
    boolean linux = osName != null && osName.toLowerCase(Locale.ROOT).contains("linux");
    boolean headless = "monocle".equalsIgnoreCase(glassPlatform);
    boolean display =
        !environment.getOrDefault("DISPLAY", "").isBlank()
            || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    if (!linux || headless || display) {
      return Optional.empty();
    }
    return Optional.of(
        "no display to open the console on (neither DISPLAY nor WAYLAND_DISPLAY is set): run it"
            + " in a desktop session, or under xvfb-run; the commands (fleetscope --help) need"
            + " none");
  }
}
