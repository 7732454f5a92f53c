package dev.fleetscope.runtime.rightsizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/**
 * Any bytes as the samples CSV of {@code recommend --samples}: every row it accepts has a container
 * id {@code cluster/namespace/owner/container}, a unix time and usage that is a number at least 0
 * (or missing), or the file is refused with a {@link SampleFileException} whose message starts with
 * the file's name and a line. Any other exception is a finding. Seeds: samples shaped as the README
 * documents them.
 */
class SampleCsvFuzzTest {
  private static final Path DIR = FuzzFiles.folder("samples-fuzz");

  @FuzzTest(maxDuration = "15s")
  void readsValidRowsOrRefusesNamingFileAndLine(byte[] csv) throws IOException {
    Path file = Files.write(DIR.resolve("samples.csv"), csv);
    try {
      SampleCsvReader.read(
          file,
          (container, timestamp, cpu, memory, resources) -> {
            assertEquals(4, container.split("/", -1).length, container);
            assertTrue(timestamp >= 0, "timestamp " + timestamp);
            assertFalse(cpu < 0 || memory < 0, cpu + " " + memory);
            for (double r : resources) {
              assertFalse(r < 0 || Double.isInfinite(r), Double.toString(r));
            }
          });
    } catch (SampleFileException e) {
      assertTrue(e.getMessage().startsWith("samples.csv, line "), e.getMessage());
    }
  }

  @AfterAll
  static void clean() throws IOException {
    FuzzFiles.delete(DIR);
  }
}
