package dev.fleetscope.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokenFilesTest {
  @TempDir Path dir;
  private final BrokenFiles files =
      new BrokenFiles(Clock.fixed(Instant.parse("2026-12-05T10:15:00Z"), ZoneOffset.UTC));

  private static Integer number(String text) {
    return Integer.valueOf(text.strip());
  }

  @Test
  void aMissingFileIsNeitherAnErrorNorAValue() throws Exception {
    var read = files.read(dir.resolve("settings.json"), BrokenFilesTest::number);
    assertInstanceOf(BrokenFiles.Read.Missing.class, read);
    assertEquals(java.util.Optional.empty(), read.parsed());
  }

  @Test
  void aReadableFileGivesItsValueAndStaysWhereItIs() throws Exception {
    Path file = dir.resolve("settings.json");
    Files.writeString(file, "42\n");
    assertEquals(42, files.read(file, BrokenFilesTest::number).parsed().orElseThrow());
    assertEquals("42\n", Files.readString(file));
  }

  @Test
  void aTornFileIsKeptUnderADatedNameAndReportedNeverReplaced() throws Exception {
    Path file = dir.resolve("settings.json");
    Files.writeString(file, "4x");
    var read =
        assertInstanceOf(
            BrokenFiles.Read.SetAside.class, files.read(file, BrokenFilesTest::number));
    Path kept = dir.resolve("settings.json.broken-2026-12-05T101500Z");
    assertEquals(kept, read.keptAs());
    assertEquals("4x", Files.readString(kept));
    assertFalse(Files.exists(file));
    assertEquals(
        file + " could not be read (For input string: \"4x\"); it was kept as " + kept,
        read.message());
  }

  @Test
  void aSecondBrokenFileInTheSameSecondDoesNotOverwriteTheFirst() throws Exception {
    Path file = dir.resolve("settings.json");
    Files.writeString(file, "first");
    files.read(file, BrokenFilesTest::number);
    Files.writeString(file, "second");
    var read =
        assertInstanceOf(
            BrokenFiles.Read.SetAside.class, files.read(file, BrokenFilesTest::number));
    assertEquals(dir.resolve("settings.json.broken-2026-12-05T101500Z-2"), read.keptAs());
    assertEquals("first", Files.readString(dir.resolve("settings.json.broken-2026-12-05T101500Z")));
  }

  @Test
  void textThatIsNotUtf8IsSetAsideWithThatReason() throws Exception {
    Path file = dir.resolve("connections.json");
    Files.write(file, new byte[] {'{', (byte) 0xC3, (byte) 0x28});
    var read =
        assertInstanceOf(
            BrokenFiles.Read.SetAside.class, files.read(file, BrokenFilesTest::number));
    assertEquals("not UTF-8 text", read.problem());
  }

  @Test
  void aJsonLibrarysSourceExcerptIsLeftOutOfTheProblem() throws Exception {
    Path file = dir.resolve("settings.json");
    Files.writeString(file, "{");
    var read =
        assertInstanceOf(
            BrokenFiles.Read.SetAside.class,
            files.read(
                file,
                text -> {
                  throw new java.io.IOException(
                      "Unexpected end-of-input: expected close marker for Object (start marker at"
                          + " [Source: REDACTED; line: 1, column: 1])\n at [Source: REDACTED]");
                }));
    assertEquals("Unexpected end-of-input: expected close marker for Object", read.problem());
  }
}
