package dev.fleetscope.runtime.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fleetscope.json.JsonProblems;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Reads and writes {@code drift-sources.json} in the config directory, a file of its own beside the
 * settings. Like {@link SettingsStore} ({@link OwnedFile}): writes replace the file whole and
 * durably, and a file that cannot be read is kept aside under a dated name with the reason kept for
 * the Drift view to show.
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

  private final OwnedFile<Contents> file;

  public DriftSourcesStore(AppDirs dirs) {
    this(dirs, Clock.systemUTC());
  }

  DriftSourcesStore(AppDirs dirs, Clock clock) {
    this.file =
        new OwnedFile<>(dirs.config().resolve("drift-sources.json"), "drift sources", clock);
  }

  public Path file() {
    return file.file();
  }

  public List<DriftSource> load() {
    return file.read(DriftSourcesStore::parse).map(Contents::sources).orElse(List.of());
  }

  static Contents parse(String json) throws IOException {
    try {
      return Json.MAPPER.readValue(json, Contents.class);
    } catch (JsonProcessingException e) {
      throw JsonProblems.explain(e);
    }
  }

  /** Why the last {@link #load()} found no sources although the file exists, or null. */
  public String problem() {
    return file.problem().map(p -> "Drift sources: " + p + "; none is configured").orElse(null);
  }

  public void save(List<DriftSource> sources) throws IOException {
    file.write(Json.MAPPER.writerFor(Contents.class).writeValueAsString(new Contents(sources)));
  }
}
