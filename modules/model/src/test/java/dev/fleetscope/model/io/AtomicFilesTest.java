package dev.fleetscope.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesANewFileCreatingItsFolder() throws Exception {
    Path file = dir.resolve("a").resolve("b").resolve("prices.json");
    AtomicFiles.write(file, "{\"v\":1}");
    assertEquals("{\"v\":1}", Files.readString(file));
  }

  @Test
  void replacesAnExistingFileWholeAndLeavesNoTemporaryFileBehind() throws Exception {
    Path file = dir.resolve("settings.json");
    Files.writeString(file, "old content that is longer than the new");
    AtomicFiles.write(file, "new");
    assertEquals("new", Files.readString(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void aFailedWriteLeavesTheOldFileAsItWas() throws Exception {
    Path file = dir.resolve("settings.json");
    Files.writeString(file, "old");
    Files.createDirectories(dir.resolve("settings.json.d"));
    // The target is a non-empty folder: the rename fails after the temporary file was written.
    Path folderTarget = dir.resolve("settings.json.d");
    Files.writeString(folderTarget.resolve("x"), "x");
    org.junit.jupiter.api.Assertions.assertThrows(
        java.io.IOException.class, () -> AtomicFiles.write(folderTarget, "new"));
    assertEquals("old", Files.readString(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary file is left");
    }
  }
}
