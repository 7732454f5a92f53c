package dev.fleetscope.apply;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/**
 * Any bytes as a PLAN.json file: either its recommendations are read, or it is refused with a
 * {@link PlanFile.PlanException} whose message starts with the file. Any other exception is a
 * finding. Seeds: plans shaped like {@code recommend --format json}.
 */
class PlanFileFuzzTest {
  private static final Path DIR = temporaryFolder();

  @FuzzTest(maxDuration = "10s")
  void readsOrRefusesNamingFileLineAndColumn(byte[] json) throws IOException {
    Path file = DIR.resolve("PLAN.json");
    Files.write(file, json);
    try {
      PlanFile.read(file);
    } catch (PlanFile.PlanException e) {
      assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }
  }

  @AfterAll
  static void clean() throws IOException {
    Files.deleteIfExists(DIR.resolve("PLAN.json"));
    Files.deleteIfExists(DIR);
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("plan-fuzz");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
