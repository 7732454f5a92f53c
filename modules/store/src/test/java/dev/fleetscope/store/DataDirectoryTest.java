package dev.fleetscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
  private static Properties os(String name) {
    Properties p = new Properties();
    p.setProperty("os.name", name);
    p.setProperty("user.home", "/home/ana");
    return p;
  }

  @Test
  void followsEachOperatingSystemsConvention() {
    assertEquals(
        Path.of("/home/ana/.local/share/fleetscope"), DataDirectory.resolve(os("Linux"), Map.of()));
    assertEquals(
        Path.of("/data/ana/fleetscope"),
        DataDirectory.resolve(os("Linux"), Map.of("XDG_DATA_HOME", "/data/ana")));
    assertEquals(
        Path.of("/home/ana/.local/share/fleetscope"),
        DataDirectory.resolve(os("Linux"), Map.of("XDG_DATA_HOME", "relative")),
        "the XDG spec says a relative XDG_DATA_HOME is ignored");
    assertEquals(
        Path.of("/home/ana/Library/Application Support/Fleetscope"),
        DataDirectory.resolve(os("Mac OS X"), Map.of()));
    assertEquals(
        Path.of("C:/Users/ana/AppData/Local/Fleetscope"),
        DataDirectory.resolve(
            os("Windows 11"), Map.of("LOCALAPPDATA", "C:/Users/ana/AppData/Local")));
  }

  @Test
  void aSystemPropertyOverridesIt() {
    Properties p = os("Linux");
    p.setProperty("fleetscope.data.dir", "/tmp/fs");
    assertEquals(Path.of("/tmp/fs"), DataDirectory.resolve(p, Map.of()));
  }
}
