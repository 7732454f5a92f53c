package dev.fleetscope.runtime.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fleetscope.json.JsonProblems;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Reads and writes {@code settings.json} in the config directory ({@link OwnedFile}): a file that
 * cannot be read is kept aside under a dated name and the defaults are used, with the reason kept
 * for the console to show.
 */
public final class SettingsStore {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final OwnedFile<Settings> file;

  public SettingsStore(AppDirs dirs) {
    this(dirs, Clock.systemUTC());
  }

  SettingsStore(AppDirs dirs, Clock clock) {
    this.file = new OwnedFile<>(dirs.config().resolve("settings.json"), "settings", clock);
  }

  public Path file() {
    return file.file();
  }

  public Settings load() {
    return file.read(SettingsStore::parse)
        .map(SettingsStore::withDefaults)
        .orElse(Settings.DEFAULTS);
  }

  static Settings parse(String json) throws IOException {
    try {
      return JSON.readValue(json, Settings.class);
    } catch (JsonProcessingException e) {
      throw JsonProblems.explain(e);
    }
  }

  /** Why the last {@link #load()} fell back to defaults, or null. */
  public String problem() {
    return file.problem().map(p -> "Settings: " + p + "; the defaults are used").orElse(null);
  }

  public void save(Settings settings) throws IOException {
    file.write(JSON.writeValueAsString(settings));
  }

  private static Settings withDefaults(Settings read) {
    return new Settings(
        orDefault(read.theme(), Settings.DEFAULTS.theme()),
        orDefault(read.view(), Settings.DEFAULTS.view()),
        read.window(),
        read.updateCheck(),
        read.wallViews(),
        read.desktopNotices());
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
