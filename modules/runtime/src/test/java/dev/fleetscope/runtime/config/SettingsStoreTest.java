package dev.fleetscope.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
  void wallBoardsAreKeptInTheirOrderAndAnEmptyChoiceGoesBackToTheDefault() throws Exception {
    SettingsStore store = new SettingsStore(new AppDirs(dir, dir));
    store.save(Settings.DEFAULTS.withWallViews(List.of("drift", "attention")));
    assertEquals(Optional.of("drift,attention"), store.load().wallViewsOption());
    store.save(store.load().withWallViews(List.of()));
    assertEquals(Optional.empty(), store.load().wallViewsOption());
  }

  @Test
  void desktopNoticesAreShownUnlessTheFileTurnsThemOffAndStayOffAcrossSaves() throws Exception {
    SettingsStore store = new SettingsStore(new AppDirs(dir, dir));
    assertTrue(store.load().showsDesktopNotices());
    Files.writeString(dir.resolve("settings.json"), "{\"desktopNotices\": false}");
    Settings quiet = store.load();
    assertFalse(quiet.showsDesktopNotices());
    store.save(quiet.withView("cost"));
    assertFalse(store.load().showsDesktopNotices(), Files.readString(dir.resolve("settings.json")));
  }

  @Test
  void anUnreadableFileIsKeptAsideAndTheDefaultsAreUsed() throws Exception {
    Files.writeString(dir.resolve("settings.json"), "{ \"theme\": \"dark\", ");
    SettingsStore store = new SettingsStore(new AppDirs(dir, dir));
    assertEquals(Settings.DEFAULTS, store.load());
    Path kept = keptAside(dir, "settings.json");
    assertTrue(store.problem().contains("it was kept as " + kept), store.problem());
    assertEquals("{ \"theme\": \"dark\", ", Files.readString(kept));
  }

  /** The one copy of {@code name} kept aside under a dated name in {@code dir}. */
  static Path keptAside(Path dir, String name) throws java.io.IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> kept =
          files.filter(f -> f.getFileName().toString().startsWith(name + ".broken-")).toList();
      assertEquals(1, kept.size(), kept.toString());
      return kept.getFirst();
    }
  }
}
