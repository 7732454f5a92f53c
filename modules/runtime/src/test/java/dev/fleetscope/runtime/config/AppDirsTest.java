package dev.fleetscope.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {
  private static final Path HOME = Path.of("/home/ana");

  @Test
  void linuxFollowsTheXdgBaseDirectories() {
    assertEquals(
        new AppDirs(
            Path.of("/home/ana/.config/fleetscope"),
            Path.of("/home/ana/.local/share/fleetscope"),
            Path.of("/home/ana/.local/state/fleetscope")),
        AppDirs.resolve("Linux", Map.of(), HOME, null));
    assertEquals(
        new AppDirs(
            Path.of("/cfg/fleetscope"), Path.of("/data/fleetscope"), Path.of("/state/fleetscope")),
        AppDirs.resolve(
            "Linux",
            Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data", "XDG_STATE_HOME", "/state"),
            HOME,
            null));
  }

  @Test
  void aRelativeXdgDirectoryIsIgnoredAsTheSpecSays() {
    assertEquals(
        Path.of("/home/ana/.local/share/fleetscope"),
        AppDirs.resolve("Linux", Map.of("XDG_DATA_HOME", "relative/data"), HOME, null).data());
  }

  @Test
  void windowsRoamsSettingsAndKeepsDataAndLogsLocal() {
    AppDirs dirs =
        AppDirs.resolve(
            "Windows 11",
            Map.of("APPDATA", "C:/Users/ana/AppData/Roaming", "LOCALAPPDATA", "C:/Users/ana/Local"),
            HOME,
            null);
    assertEquals(Path.of("C:/Users/ana/AppData/Roaming/Fleetscope"), dirs.config());
    assertEquals(Path.of("C:/Users/ana/Local/Fleetscope"), dirs.data());
    assertEquals(Path.of("C:/Users/ana/Local/Fleetscope/logs"), dirs.logs());
  }

  @Test
  void macOsUsesApplicationSupportAndLogs() {
    AppDirs dirs = AppDirs.resolve("Mac OS X", Map.of(), HOME, null);
    assertEquals(Path.of("/home/ana/Library/Application Support/Fleetscope"), dirs.config());
    assertEquals(dirs.config(), dirs.data());
    assertEquals(Path.of("/home/ana/Library/Logs/Fleetscope"), dirs.logs());
  }

  @Test
  void anOverridePutsEverythingUnderOneFolder() {
    AppDirs dirs = AppDirs.resolve("Linux", Map.of(), HOME, "/tmp/fs");
    assertEquals(
        new AppDirs(Path.of("/tmp/fs"), Path.of("/tmp/fs/data"), Path.of("/tmp/fs/logs")), dirs);
  }
}
