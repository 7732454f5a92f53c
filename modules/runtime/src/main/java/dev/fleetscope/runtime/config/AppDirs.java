package dev.fleetscope.runtime.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Fleetscope keeps a user's settings and data, by each OS's convention: XDG on Linux,
 * Application Support on macOS, AppData on Windows. The system property {@code
 * fleetscope.config.dir} overrides both (tests use it).
 */
public record AppDirs(Path config, Path data) {
  private static final String APP = "fleetscope";

  public static AppDirs forCurrentUser() {
    return resolve(
        System.getProperty("os.name", ""),
        System.getenv(),
        Path.of(System.getProperty("user.home")),
        System.getProperty("fleetscope.config.dir"));
  }

  static AppDirs resolve(String osName, Map<String, String> env, Path home, String override) {
    if (override != null && !override.isBlank()) {
      Path root = Path.of(override);
      return new AppDirs(root, root.resolve("data"));
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      Path roaming = pathOr(env.get("APPDATA"), home.resolve("AppData/Roaming"));
      Path local = pathOr(env.get("LOCALAPPDATA"), home.resolve("AppData/Local"));
      return new AppDirs(roaming.resolve("Fleetscope"), local.resolve("Fleetscope"));
    }
    if (os.startsWith("mac")) {
      Path support = home.resolve("Library/Application Support/Fleetscope");
      return new AppDirs(support, support);
    }
    return new AppDirs(
        pathOr(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve(APP),
        pathOr(env.get("XDG_DATA_HOME"), home.resolve(".local/share")).resolve(APP));
  }

  private static Path pathOr(String value, Path fallback) {
    return value == null || value.isBlank() ? fallback : Path.of(value);
  }
}
