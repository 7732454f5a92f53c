package dev.fleetscope.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
  @TempDir Path dir;

  @Test
  void theFirstRunNeedsNoSettings() {
    SettingsStore store = new SettingsStore(new AppDirs(dir, dir));
    assertEquals(Settings.DEFAULTS, store.load());
    assertNull(store.problem());
  }

  @Test
  void remembersThemeViewAndWindow() throws Exception {
    SettingsStore store = new SettingsStore(new AppDirs(dir.resolve("nested"), dir));
    Settings saved =
        Settings.DEFAULTS
            .withTheme("dark")
            .withView("utilization")
            .withWindow(new Settings.WindowBounds(10, 20, 1200, 800, false));
    store.save(saved);
    assertEquals(saved, new SettingsStore(new AppDirs(dir.resolve("nested"), dir)).load());
  }

  @Test
  void anUnreadableFileIsKeptAsideAndTheDefaultsAreUsed() throws Exception {
    Files.writeString(dir.resolve("settings.json"), "{ \"theme\": \"dark\", ");
    SettingsStore store = new SettingsStore(new AppDirs(dir, dir));
    assertEquals(Settings.DEFAULTS, store.load());
    assertTrue(store.problem().contains("settings.json.unreadable"), store.problem());
    assertEquals(
        "{ \"theme\": \"dark\", ", Files.readString(dir.resolve("settings.json.unreadable")));
  }
}
