package dev.fleetscope.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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

  @Test
  void followsEachOperatingSystemsConventions() {
    Path home = Path.of("/home/ada");
    assertEquals(
        new AppDirs(
            Path.of("/home/ada/.config/fleetscope"), Path.of("/home/ada/.local/share/fleetscope")),
        AppDirs.resolve("Linux", Map.of(), home, null));
    assertEquals(
        Path.of("/xdg/fleetscope"),
        AppDirs.resolve("Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), home, null).config());
    assertEquals(
        Path.of("/home/ada/Library/Application Support/Fleetscope"),
        AppDirs.resolve("Mac OS X", Map.of(), home, null).config());
    assertEquals(
        Path.of("C:/Users/ada/AppData/Roaming/Fleetscope"),
        AppDirs.resolve("Windows 11", Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"), home, null)
            .config());
    assertEquals(
        Path.of("/tmp/cfg"), AppDirs.resolve("Linux", Map.of(), home, "/tmp/cfg").config());
  }
}
