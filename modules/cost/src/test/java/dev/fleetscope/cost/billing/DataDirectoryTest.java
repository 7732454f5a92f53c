package dev.fleetscope.cost.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
  private static final Path HOME = Path.of("/home/ada");

  @Test
  void linuxFollowsXdgDataHomeOrItsDefault() {
    assertEquals(
        Path.of("/data/ada/fleetscope"),
        DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "/data/ada"), HOME));
    assertEquals(
        Path.of("/home/ada/.local/share/fleetscope"),
        DataDirectory.resolve("Linux", Map.of(), HOME));
  }

  @Test
  void linuxIgnoresRelativeXdgDataHomeAsTheSpecSays() {
    assertEquals(
        Path.of("/home/ada/.local/share/fleetscope"),
        DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "relative/data"), HOME));
  }

  @Test
  void windowsUsesLocalAppData() {
    Path local = Path.of("/users/ada/AppData/Local");
    assertEquals(
        local.resolve("Fleetscope"),
        DataDirectory.resolve("Windows 11", Map.of("LOCALAPPDATA", local.toString()), HOME));
  }

  @Test
  void macUsesApplicationSupport() {
    assertEquals(
        Path.of("/home/ada/Library/Application Support/Fleetscope"),
        DataDirectory.resolve("Mac OS X", Map.of(), HOME));
  }
}
