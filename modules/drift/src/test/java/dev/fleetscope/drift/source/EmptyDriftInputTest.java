package dev.fleetscope.drift.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that used to give a drift report of nothing with exit 0 are refused, saying where. */
class EmptyDriftInputTest {
  @TempDir Path dir;

  @Test
  void aReferenceWithAHeaderAndNoRowsIsRefusedAtLineTwo() throws Exception {
    Path ref = Files.writeString(dir.resolve("ref.csv"), "score,region\n");
    Path cur = Files.writeString(dir.resolve("cur.csv"), "score,region\n0.5,eu\n");
    DriftInputException e =
        assertThrows(DriftInputException.class, () -> DuckDbSource.readFiles(ref, cur));
    assertEquals(
        ref + ": line 2: the file has a header and no rows; drift compares rows", e.getMessage());
  }

  @Test
  void aCurrentFileWithAHeaderAndNoRowsIsRefusedToo() throws Exception {
    Path ref = Files.writeString(dir.resolve("ref.csv"), "score\n0.5\n");
    Path cur = Files.writeString(dir.resolve("cur.csv"), "score\n");
    DriftInputException e =
        assertThrows(DriftInputException.class, () -> DuckDbSource.readFiles(ref, cur));
    assertEquals(
        cur + ": line 2: the file has a header and no rows; drift compares rows", e.getMessage());
  }

  @Test
  void filesOfTimeColumnsAloneHaveNothingToCompare() throws Exception {
    Path ref = Files.writeString(dir.resolve("ref.csv"), "ts\n2026-11-01T00:00:00Z\n");
    Path cur = Files.writeString(dir.resolve("cur.csv"), "ts\n2026-11-02T00:00:00Z\n");
    DriftInputException e =
        assertThrows(DriftInputException.class, () -> DuckDbSource.readFiles(ref, cur));
    assertEquals(ref + ": no columns to compare; it holds only time columns [ts]", e.getMessage());
  }

  /** Found by {@link DriftCsvFuzzTest}: the name went into DuckDB's SQL and failed there. */
  @Test
  void aColumnNameWithAControlCharacterIsRefusedAtLineOne() throws Exception {
    Path ref = Files.writeString(dir.resolve("ref.csv"), "score,re\u0000gion\n0.5,eu\n");
    DriftInputException e =
        assertThrows(DriftInputException.class, () -> DuckDbSource.readFiles(ref, ref));
    assertEquals(
        ref + ": line 1: column 2 has a control character (U+0000) in its name", e.getMessage());
  }
}
