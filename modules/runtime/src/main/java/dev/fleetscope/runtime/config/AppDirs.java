package dev.fleetscope.runtime.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Fleetscope keeps a user's settings, data and log, by each OS's convention: the XDG base
 * directories on Linux (a relative {@code XDG_*} is invalid and ignored, as the spec says),
 * Application Support and Logs on macOS, roaming AppData for settings and local AppData for data
 * and logs on Windows (data is large and machine-specific). The one resolver: every module is
 * handed its paths from here. The system property {@code fleetscope.config.dir} puts all three
 * under one folder (tests and portable installs).
 *
 * @param config settings, saved connections and sources (small, worth roaming)
 * @param data the audit log, the billing store, refreshed prices
 * @param logs the rotating log file
 */
public record AppDirs(Path config, Path data, Path logs) {
  private static final String APP = "fleetscope";

  /** Settings and data where the caller says, the log beside the data. */
  public AppDirs(Path config, Path data) {
    this(config, data, data.resolve("logs"));
  }

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
      return new AppDirs(root, root.resolve("data"), root.resolve("logs"));
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      Path roaming = pathOr(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
      Path local = pathOr(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
      Path data = local.resolve("Fleetscope");
      return new AppDirs(roaming.resolve("Fleetscope"), data, data.resolve("logs"));
    }
    if (os.startsWith("mac")) {
      Path library = home.resolve("Library");
      Path support = library.resolve("Application Support").resolve("Fleetscope");
      return new AppDirs(support, support, library.resolve("Logs").resolve("Fleetscope"));
    }
    return new AppDirs(
        absoluteOr(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve(APP),
        absoluteOr(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve(APP),
        absoluteOr(env.get("XDG_STATE_HOME"), home.resolve(".local").resolve("state"))
            .resolve(APP));
  }

  private static Path pathOr(String value, Path fallback) {
    return value == null || value.isBlank() ? fallback : Path.of(value);
  }

  /** An XDG base directory: the XDG spec says a relative one is invalid and must be ignored. */
  private static Path absoluteOr(String value, Path fallback) {
    Path path = pathOr(value, fallback);
    return path.isAbsolute() ? path : fallback;
  }
}
