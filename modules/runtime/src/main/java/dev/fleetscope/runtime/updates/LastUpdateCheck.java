package dev.fleetscope.runtime.updates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.model.io.AtomicFiles;
import dev.fleetscope.runtime.config.AppDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When the console last asked the release feed: {@code {"lastCheck":"2026-12-05T09:00:00Z"}} in
 * {@value #FILE_NAME} of the data folder (state, not a setting). A missing or unreadable file reads
 * as never checked, so the worst a broken file does is one check too many.
 */
public final class LastUpdateCheck {
  public static final String FILE_NAME = "update-check.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public LastUpdateCheck(AppDirs dirs) {
    this.file = dirs.data().resolve(FILE_NAME);
  }

  public Path file() {
    return file;
  }

  /** The last check's time; empty when there was none or the file cannot be read. */
  public Optional<Instant> read() {
    try {
      JsonNode at = JSON.readTree(Files.readString(file)).path("lastCheck");
      return at.isTextual() ? Optional.of(Instant.parse(at.asText())) : Optional.empty();
    } catch (IOException | DateTimeParseException missingOrUnreadable) {
      // Jackson's parse errors are IOExceptions too.
      return Optional.empty();
    }
  }

  public void record(Instant at) throws IOException {
    AtomicFiles.write(file, JSON.createObjectNode().put("lastCheck", at.toString()).toString());
  }
}
