package dev.fleetscope.cost.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export with a header and no rows is never an empty success without a reason. */
class EmptyFocusTest {
  @TempDir Path dir;
  private CostStore store;

  @BeforeEach
  void open() throws Exception {
    store = CostStore.inMemory();
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  @Test
  void aNamedFileWithAHeaderAndNoRowsIsRefusedAtLineTwo() throws Exception {
    Path file = Samples.csv(dir, "empty.csv");
    FocusImportException e =
        assertThrows(FocusImportException.class, () -> store.importFocus(List.of(file)));
    assertEquals(Optional.of("line 2"), e.location());
    assertEquals(
        file
            + ", line 2: the file has a header and no rows; a FOCUS export to report on holds at"
            + " least one charge (nothing was imported)",
        e.getMessage());
  }

  @Test
  void anEmptyPeriodInAnExportFolderIsImportedAndTheResultSaysWhyNothingWasAdded()
      throws Exception {
    Path folder = Files.createDirectories(dir.resolve("bucket").resolve("2026-03"));
    Samples.csv(folder, "part-0.csv");
    ImportResult result = store.importFocus(List.of(dir.resolve("bucket")));
    assertEquals(0, result.rowsImported());
    assertEquals(
        Optional.of("no billing rows were added: 1 file holds a header and no rows"),
        result.nothingAddedBecause());
  }

  @Test
  void aReimportSaysItsFilesWereImportedBefore() throws Exception {
    Path file = Samples.csv(dir, "one.csv", Samples.row("Compute", "USD", "1", "1", "1"));
    assertEquals(Optional.empty(), store.importFocus(List.of(file)).nothingAddedBecause());
    assertEquals(
        Optional.of("no billing rows were added: 1 file was imported before"),
        store.importFocus(List.of(file)).nothingAddedBecause());
  }

  /** Found by {@link FocusCsvFuzzTest}: DuckDB refused the query with a raw SQL error. */
  @Test
  void aHeaderNamingAColumnTwiceIsRefusedAtLineOne() throws Exception {
    Path file = Samples.csv(dir, "twice.csv", Samples.row("Compute", "USD", "1", "1", "1"));
    java.util.List<String> lines = Files.readAllLines(file);
    lines.set(0, lines.get(0) + ",billedcost");
    lines.set(1, lines.get(1) + ",1");
    Files.write(file, lines);
    FocusImportException e =
        assertThrows(FocusImportException.class, () -> store.importFocus(List.of(file)));
    assertEquals(Optional.of("line 1"), e.location());
    assertEquals(
        file
            + ", line 1, column billedcost: the header names this column twice; nothing was imported",
        e.getMessage());
  }

  /** Found by {@link FocusCsvFuzzTest}: a trailing comma made DuckDB refuse its own query. */
  @Test
  void aHeaderWithANamelessColumnIsRefusedNamingIt() throws Exception {
    Path file = Samples.csv(dir, "trailing.csv", Samples.row("Compute", "USD", "1", "1", "1"));
    java.util.List<String> lines = Files.readAllLines(file);
    lines.set(0, lines.get(0) + ",");
    lines.set(1, lines.get(1) + ",");
    Files.write(file, lines);
    int columns = lines.get(0).split(",", -1).length;
    FocusImportException e =
        assertThrows(FocusImportException.class, () -> store.importFocus(List.of(file)));
    assertEquals(
        file + ", line 1, column " + columns + ": a column has no name; nothing was imported",
        e.getMessage());
  }
}
