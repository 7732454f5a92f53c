package dev.fleetscope.drift.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fleetscope.drift.DriftAnalyzer;
import dev.fleetscope.drift.DriftOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/**
 * Any bytes as a drift CSV, header and rows, read through DuckDB as reference and as current window
 * and analysed: either a report comes out, or the file is refused with a {@link
 * DriftInputException} that names it. Any other exception, from our header and column checks or
 * from the statistics on whatever the rows hold, is a finding.
 */
class DriftCsvFuzzTest {
  private static final Path DIR = temporaryFolder();

  @FuzzTest(maxDuration = "15s")
  void readsAndAnalyzesOrRefusesNamingTheFile(byte[] csv) throws IOException {
    Path file = DIR.resolve("log.csv");
    Files.write(file, csv);
    try {
      Windows windows = DuckDbSource.readFiles(file, file);
      new DriftAnalyzer(DriftOptions.defaults()).analyze(windows.reference(), windows.current());
    } catch (DriftInputException e) {
      assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
  }

  @AfterAll
  static void clean() throws IOException {
    Files.deleteIfExists(DIR.resolve("log.csv"));
    Files.deleteIfExists(DIR);
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("drift-fuzz");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
