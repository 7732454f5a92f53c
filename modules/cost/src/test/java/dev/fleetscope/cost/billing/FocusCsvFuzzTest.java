package dev.fleetscope.cost.billing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;

/**
 * Any bytes as a FOCUS CSV export, header and rows, imported through DuckDB as the command line
 * imports it: either the rows are imported, or the file is refused with a {@link
 * FocusImportException} whose message starts with the file and carries no DuckDB-internal text. Any
 * other exception (an {@link SQLException} included) is a finding. Seeds: the FOCUS samples.
 */
class FocusCsvFuzzTest {
  /** DuckDB's own words, which a user must never be handed. */
  private static final Pattern INTERNAL =
      Pattern.compile(
          "(Parser|Binder|Conversion|Invalid Input|Catalog|Internal|Constraint) Error"
              + "|Possible fixes|read_csv\\(|LINE 1:");

  private static final Path DIR = temporaryFolder();

  @FuzzTest(maxDuration = "15s")
  void importsOrRefusesNamingFileLineAndColumn(byte[] csv) throws IOException, SQLException {
    Path file = DIR.resolve("export.csv");
    Files.write(file, csv);
    try (CostStore store = CostStore.inMemory()) {
      store.importFocus(List.of(file));
    } catch (FocusImportException e) {
      assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
      // DuckDB's words are a finding unless the file itself wrote them (a header may say anything).
      String input = new String(csv, StandardCharsets.UTF_8);
      Matcher internal = INTERNAL.matcher(e.getMessage());
      while (internal.find()) {
        assertTrue(input.contains(internal.group()), e.getMessage());
      }
    }
  }

  @AfterAll
  static void clean() throws IOException {
    Files.deleteIfExists(DIR.resolve("export.csv"));
    Files.deleteIfExists(DIR);
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("focus-fuzz");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
