package dev.fleetscope.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fleetscope.runtime.rightsizing.FuzzFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/**
 * Any bytes as {@code settings.json}: the store reads settings that survive a save and a load
 * unchanged, or keeps the file aside under a dated name and says so, using the defaults ({@link
 * OwnedFiles#assertKeptAside}). Any exception is a finding. Seeds: settings as the console writes
 * them.
 */
class SettingsFileFuzzTest {
  private static final Path DIR = FuzzFiles.folder("settings-fuzz");

  @FuzzTest(maxDuration = "10s")
  void readsSettingsThatSurviveASaveOrKeepsTheFileAside(byte[] json) throws IOException {
    FuzzFiles.empty(DIR);
    Files.write(DIR.resolve("settings.json"), json);
    SettingsStore store = new SettingsStore(new AppDirs(DIR, DIR));
    Settings read = store.load();
    if (store.problem() != null) {
      assertEquals(Settings.DEFAULTS, read);
      OwnedFiles.assertKeptAside(DIR, "settings.json", json, store.problem());
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
