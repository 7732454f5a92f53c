package dev.fleetscope.cost.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.cost.billing.ImportedFile.Outcome;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing what was imported before never counts a charge twice, and a persistent store keeps what
 * it holds.
 */
class ReimportTest {
  @TempDir Path dir;

  @Test
  void sameFileImportedTwiceCountsOnce() throws Exception {
    try (CostStore store = CostStore.inMemory()) {
      Path export = Samples.focus(Samples.AWS_SAVINGS_PLAN);
      store.importFocus(List.of(export));

      ImportResult again = store.importFocus(List.of(export));

      assertEquals(Outcome.ALREADY_IMPORTED, again.files().getFirst().outcome());
      assertEquals(0, again.rowsImported());
      assertEquals(new BigDecimal("222.75"), effectiveTotal(store));
    }
  }

  @Test
  void sameBytesUnderAnotherNameCountOnce() throws Exception {
    try (CostStore store = CostStore.inMemory()) {
      Path original = Samples.copy(Samples.AWS_SAVINGS_PLAN, dir, "2026-02.csv");
      Path copy = Samples.copy(Samples.AWS_SAVINGS_PLAN, dir, "2026-02 (1).csv");

      ImportResult result = store.importFocus(List.of(original, copy));

      assertEquals(
          List.of(Outcome.IMPORTED, Outcome.ALREADY_IMPORTED),
          result.files().stream().map(ImportedFile::outcome).toList());
      assertEquals(new BigDecimal("222.75"), effectiveTotal(store));
    }
  }

  @Test
  void exportRefreshedInPlaceReplacesItsEarlierRows() throws Exception {
    try (CostStore store = CostStore.inMemory()) {
      Path monthToDate =
          Samples.csv(dir, "month-to-date.csv", Samples.row("Compute", "USD", "10", "10", "10"));
      store.importFocus(List.of(monthToDate));
      // The next day the cloud rewrites the same file with the whole month so far.
      Samples.csv(
          dir,
          "month-to-date.csv",
          Samples.row("Compute", "USD", "10", "10", "10"),
          Samples.row("Compute", "USD", "12.5", "12.5", "12.5"));

      ImportResult refreshed = store.importFocus(List.of(monthToDate));

      assertEquals(Outcome.REPLACED, refreshed.files().getFirst().outcome());
      assertEquals(new BigDecimal("22.50"), effectiveTotal(store), "10 + 12.5, not 10 + 10 + 12.5");
      assertEquals(1, store.importedFiles().size());
    }
  }

  @Test
  void fileStoreKeepsRowsAcrossReopening() throws Exception {
    Path file = dir.resolve("data").resolve(CostStore.FILE_NAME);
    try (CostStore store = CostStore.open(file)) {
      store.importFocus(List.of(Samples.focus(Samples.AWS_SAVINGS_PLAN)));
    }
    try (CostStore reopened = CostStore.open(file)) {
      ImportResult again = reopened.importFocus(List.of(Samples.focus(Samples.AWS_SAVINGS_PLAN)));

      assertEquals(Outcome.ALREADY_IMPORTED, again.files().getFirst().outcome());
      assertEquals(new BigDecimal("222.75"), effectiveTotal(reopened));
    }
    assertEquals(true, Files.isRegularFile(file));
  }

  private static BigDecimal effectiveTotal(CostStore store) throws Exception {
    return store.report(CostQuery.all(GroupBy.parse("ServiceName"))).total(CostMeasure.EFFECTIVE);
  }
}
