package dev.fleetscope.runtime.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Reads and writes {@code drift-sources.json} in the config directory, a file of its own beside the
 * settings. Like {@link SettingsStore}: writes replace the file atomically, and a file that cannot
 * be read is set aside (not deleted) with the reason kept for the Drift view to show.
 */
public final class DriftSourcesStore {
  /** Built on first read or write, off the FX thread, not when the console creates the store. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** The file's shape: an object, so that later additions stay compatible. */
  record Contents(List<DriftSource> sources) {
    Contents {
      sources = sources == null ? List.of() : List.copyOf(sources);
    }
  }

  private final Path file;
  private volatile String problem;

  public DriftSourcesStore(AppDirs dirs) {
    this.file = dirs.config().resolve("drift-sources.json");
  }

  public Path file() {
    return file;
  }

  public List<DriftSource> load() {
    problem = null;
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return Json.MAPPER.readValue(file.toFile(), Contents.class).sources();
    } catch (JacksonException e) {
      Path aside = file.resolveSibling("drift-sources.json.unreadable");
      problem =
          "drift sources file "
              + file
              + " could not be read ("
              + e.getOriginalMessage()
              + "); it was kept as "
              + aside
              + " and no sources are configured";
      try {
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException ignored) {
        // the message names the file either way
      }
      return List.of();
    } catch (IOException e) {
      problem = "drift sources file " + file + " could not be read: " + e.getMessage();
      return List.of();
    }
  }

  /** Why the last {@link #load()} found no sources although the file exists, or null. */
  public String problem() {
    return problem;
  }

  public void save(List<DriftSource> sources) throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), "drift-sources", ".json.tmp");
    try {
      Json.MAPPER.writerFor(Contents.class).writeValue(temporary.toFile(), new Contents(sources));
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
