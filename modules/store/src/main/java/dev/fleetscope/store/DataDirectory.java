package dev.fleetscope.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where Fleetscope keeps its data for the current user, as each OS expects: {@code
 * $XDG_DATA_HOME/fleetscope} (or {@code ~/.local/share/fleetscope}) on Linux, {@code
 * %LOCALAPPDATA%\Fleetscope} on Windows, {@code ~/Library/ Application Support/Fleetscope} on
 * macOS. The system property {@code fleetscope.data.dir} overrides it (tests).
 */
public final class DataDirectory {
  private DataDirectory() {}

  public static Path forCurrentUser() {
    return resolve(System.getProperties(), System.getenv());
  }

  static Path resolve(Properties properties, Map<String, String> env) {
    String override = properties.getProperty("fleetscope.data.dir");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String os = properties.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    Path home = Path.of(properties.getProperty("user.home"));
    if (os.startsWith("windows")) {
      String local = env.get("LOCALAPPDATA");
      return (local == null || local.isBlank()
              ? home.resolve("AppData").resolve("Local")
              : Path.of(local))
          .resolve("Fleetscope");
    }
    if (os.startsWith("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve("Fleetscope");
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path base =
        xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
            ? home.resolve(".local").resolve("share")
            : Path.of(xdg);
    return base.resolve("fleetscope");
  }
}
