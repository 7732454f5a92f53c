package dev.fleetscope.runtime.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@code settings.json} in the config directory. Writes go to a temporary file
 * that then replaces the old one, so a crash mid-write never leaves a half-written file; a file
 * that cannot be read is set aside (not deleted) and the defaults are used, with the reason kept
 * for the console to show.
 */
public final class SettingsStore {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path file;
  private String problem;

  public SettingsStore(AppDirs dirs) {
    this.file = dirs.config().resolve("settings.json");
  }

  public Path file() {
    return file;
  }

  public Settings load() {
    if (!Files.exists(file)) {
      return Settings.DEFAULTS;
    }
    try {
      Settings read = JSON.readValue(file.toFile(), Settings.class);
      return new Settings(
          orDefault(read.theme(), Settings.DEFAULTS.theme()),
          orDefault(read.view(), Settings.DEFAULTS.view()),
          read.window(),
          read.updateCheck());
    } catch (JacksonException e) {
      Path aside = file.resolveSibling("settings.json.unreadable");
      problem =
          "settings file "
              + file
              + " could not be read ("
              + e.getOriginalMessage()
              + "); it was kept as "
              + aside
              + " and the defaults are used";
      moveAside(aside);
      return Settings.DEFAULTS;
    } catch (IOException e) {
      problem = "settings file " + file + " could not be read: " + e.getMessage();
      return Settings.DEFAULTS;
    }
  }

  /** Why the last {@link #load()} fell back to defaults, or null. */
  public String problem() {
    return problem;
  }

  public void save(Settings settings) throws IOException {
    AtomicFile.write(file, JSON.writeValueAsString(settings));
  }

  private void moveAside(Path aside) {
    try {
      Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException ignored) {
      // The defaults are used either way; the message already names the file.
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
