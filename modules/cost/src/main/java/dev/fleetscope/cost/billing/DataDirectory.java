package dev.fleetscope.cost.billing;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Fleetscope keeps per-user data, by the conventions of each OS: {@code
 * $XDG_DATA_HOME/fleetscope} or {@code ~/.local/share/fleetscope} on Linux, {@code
 * %LOCALAPPDATA%\Fleetscope} on Windows (local, not roaming: the store is large and
 * machine-specific), {@code ~/Library/Application Support/Fleetscope} on macOS.
 */
public final class DataDirectory {
  private DataDirectory() {}

  /** This user's data directory on this machine. */
  public static Path forCurrentUser() {
    return resolve(
        System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /**
   * The data directory for an OS name (as {@code os.name} reports it), environment and home
   * directory.
   */
  static Path resolve(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String local = env.get("LOCALAPPDATA");
      Path base =
          local == null || local.isBlank()
              ? home.resolve("AppData").resolve("Local")
              : Path.of(local);
      return base.resolve("Fleetscope");
    }
    if (os.startsWith("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve("Fleetscope");
    }
    String xdg = env.get("XDG_DATA_HOME");
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    Path base =
        xdg != null && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : home.resolve(".local").resolve("share");
    return base.resolve("fleetscope");
  }
}
