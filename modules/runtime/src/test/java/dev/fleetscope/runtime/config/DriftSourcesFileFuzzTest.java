package dev.fleetscope.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fleetscope.runtime.rightsizing.FuzzFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * Any bytes as {@code drift-sources.json}: the store reads sources that survive a save and a load
 * unchanged, or keeps the file aside under a dated name and says so, with no source. Any exception
 * is a finding. Seeds: the file as the Drift view writes it, one source of each kind.
 */
class DriftSourcesFileFuzzTest {
  private static final Path DIR = FuzzFiles.folder("drift-sources-fuzz");

  @FuzzTest(maxDuration = "10s")
  void readsSourcesThatSurviveASaveOrKeepsTheFileAside(byte[] json) throws IOException {
    FuzzFiles.empty(DIR);
    Files.write(DIR.resolve("drift-sources.json"), json);
    DriftSourcesStore store = new DriftSourcesStore(new AppDirs(DIR, DIR));
    List<DriftSource> read = store.load();
    if (store.problem() != null) {
      assertEquals(List.of(), read);
      OwnedFiles.assertKeptAside(DIR, "drift-sources.json", json, store.problem());
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
