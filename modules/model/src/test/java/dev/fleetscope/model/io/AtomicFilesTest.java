package dev.fleetscope.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * Windows refuses a rename over a file another process has open with AccessDeniedException until
   * it lets go: a stand-in renamer refuses as Windows does.
   */
  @Test
  void triesTheRenameAgainWhileAnotherProcessHoldsTheTarget() throws Exception {
    Path target = Files.writeString(dir.resolve("connections.json"), "old");
    Path temporary = Files.writeString(dir.resolve(".connections.json.1.tmp"), "new");
    List<Integer> tries = new ArrayList<>();
    AtomicFiles.replace(
        temporary,
        target,
        (from, to, options) -> {
          tries.add(options.length);
          if (tries.size() < 3) {
            throw new AccessDeniedException(to.toString());
          }
          Files.move(from, to, options);
        });
    assertEquals("new", Files.readString(target));
    assertEquals(List.of(2, 2, 2), tries, "atomic renames each time");
  }

  @Test
  void aTargetHeldForGoodIsAnErrorNamingItAfterThePlainReplace() throws Exception {
    Path target = Files.writeString(dir.resolve("settings.json"), "old");
    Path temporary = Files.writeString(dir.resolve(".settings.json.1.tmp"), "new");
    List<Integer> tries = new ArrayList<>();
    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () ->
                AtomicFiles.replace(
                    temporary,
                    target,
                    (from, to, options) -> {
                      tries.add(options.length);
                      throw new AccessDeniedException(to.toString());
                    }));
    assertEquals(AtomicFiles.RENAME_ATTEMPTS + 1, tries.size());
    assertEquals(1, (int) tries.getLast(), "the last try is a plain replace");
    assertTrue(e.getMessage().startsWith(target.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("another process holds it"), e.getMessage());
    assertEquals("old", Files.readString(target));
  }
}
