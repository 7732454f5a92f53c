package dev.fleetscope.runtime.connections;

import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.config.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes {@code connections.json} in the config directory, beside {@code settings.json}.
 * Writes replace the file whole ({@link AtomicFile}); a file that cannot be read is set aside as
 * {@code connections.json.unreadable} and no connection is made from it, with the reason kept for
 * the console to show.
 */
public final class ConnectionsStore {
  public static final String FILE_NAME = "connections.json";

  private final Path file;
  private volatile Optional<String> problem = Optional.empty();

  public ConnectionsStore(AppDirs dirs) {
    this.file = dirs.config().resolve(FILE_NAME);
  }

  public Path file() {
    return file;
  }

  public SavedConnections load() {
    problem = Optional.empty();
    if (!Files.exists(file)) {
      return SavedConnections.NONE;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problem =
          Optional.of(
              "Connections file "
                  + file
                  + " could not be read ("
                  + e.getMessage()
                  + "); only the demo fleet is shown");
      return SavedConnections.NONE;
    }
    try {
      return ConnectionsJson.read(text, file.toString());
    } catch (IllegalArgumentException e) {
      problem = Optional.of(setAside(e.getMessage()));
      return SavedConnections.NONE;
    }
  }

  /** Why the last {@link #load()} made no connections from the file, when it did not. */
  public Optional<String> problem() {
    return problem;
  }

  public void save(SavedConnections connections) throws IOException {
    AtomicFile.write(file, ConnectionsJson.write(connections));
  }

  private String setAside(String reason) {
    try {
      Path aside = AtomicFile.setAside(file);
      return "Connections not loaded: "
          + reason
          + ". The file was kept as "
          + aside
          + "; add the connections again";
    } catch (IOException e) {
      return "Connections not loaded: "
          + reason
          + " (and it could not be set aside: "
          + e.getMessage()
          + ")";
    }
  }
}
