package dev.fleetscope.runtime.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.config.OwnedFiles;
import dev.fleetscope.runtime.rightsizing.FuzzFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/**
 * Any bytes as {@code connections.json}: the store reads connections that survive a save and a load
 * unchanged (Prometheus settings, kubeconfigs, pipeline sources, placements, deadlines), or keeps
 * the file aside under a dated name and says why, naming the entry and field, making no connection.
 * Any exception is a finding. Seeds: the examples of docs/connections.md.
 */
class ConnectionsFileFuzzTest {
  private static final Path DIR = FuzzFiles.folder("connections-fuzz");

  @FuzzTest(maxDuration = "10s")
  void readsConnectionsThatSurviveASaveOrKeepsTheFileAside(byte[] json) throws IOException {
    FuzzFiles.empty(DIR);
    Files.write(DIR.resolve(ConnectionsStore.FILE_NAME), json);
    ConnectionsStore store = new ConnectionsStore(new AppDirs(DIR, DIR));
    SavedConnections read = store.load();
    if (store.problem().isPresent()) {
      assertEquals(SavedConnections.NONE, read);
      OwnedFiles.assertKeptAside(
          DIR, ConnectionsStore.FILE_NAME, json, store.problem().orElseThrow());
      return;
    }
    store.save(read);
    assertEquals(read, store.load());
  }

  @AfterAll
  static void clean() throws IOException {
    FuzzFiles.delete(DIR);
  }
}
