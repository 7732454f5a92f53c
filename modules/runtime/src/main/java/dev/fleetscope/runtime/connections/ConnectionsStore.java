package dev.fleetscope.runtime.connections;

import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.config.OwnedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Reads and writes {@code connections.json} in the config directory, beside {@code settings.json}
 * ({@link OwnedFile}): writes replace the file whole and durably; a file that cannot be read is
 * kept aside under a dated name and no connection is made from it, with the reason kept for the
 * console to show.
 */
public final class ConnectionsStore {
  public static final String FILE_NAME = "connections.json";

  private final OwnedFile<SavedConnections> file;

  public ConnectionsStore(AppDirs dirs) {
    this(dirs, Clock.systemUTC());
  }

  ConnectionsStore(AppDirs dirs, Clock clock) {
    Path path = dirs.config().resolve(FILE_NAME);
    this.file = new OwnedFile<>(path, "connections", clock);
  }

  public Path file() {
    return file.file();
  }

  public SavedConnections load() {
    return file.read(text -> ConnectionsJson.read(text, file.file().toString()))
        .orElse(SavedConnections.NONE);
  }

  /** Why the last {@link #load()} made no connections from the file, when it did not. */
  public Optional<String> problem() {
    return file.problem().map(p -> "Connections not loaded: " + p + "; add the connections again");
  }

  public void save(SavedConnections connections) throws IOException {
    file.write(ConnectionsJson.write(connections));
  }
}
