package dev.fleetscope.cost.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.io.SqlQuote;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same export as CSV, gzip-compressed CSV and Parquet, alone or in a synced export folder. The
 * Parquet files are written by DuckDB from the CSV sample: the most faithful stand-in for a cloud's
 * Parquet export available offline, once with ISO text periods, once with typed TIMESTAMP WITH TIME
 * ZONE periods and DOUBLE costs.
 */
class ExportFormatsTest {
  private static final BigDecimal EFFECTIVE = new BigDecimal("222.75");
  private static final BigDecimal LIST = new BigDecimal("628334.70");

  @TempDir Path dir;

  @Test
  void readsGzipCompressedCsv() throws Exception {
    Path gz = gzip(Samples.focus(Samples.AWS_SAVINGS_PLAN), dir.resolve("export.csv.gz"));

    assertSampleTotals(List.of(gz));
  }

  @Test
  void readsParquetWithTextPeriods() throws Exception {
    Path parquet = dir.resolve("text.parquet");
    duckdb(
        "COPY (SELECT * FROM read_csv("
            + SqlQuote.literal(Samples.focus(Samples.AWS_SAVINGS_PLAN))
            + ", all_varchar=true)) TO "
            + SqlQuote.literal(parquet)
            + " (FORMAT parquet)");

    assertSampleTotals(List.of(parquet));
  }

  @Test
  void readsParquetWithTypedPeriodsAndDoubleCosts() throws Exception {
    Path parquet = dir.resolve("typed.parquet");
    duckdb(
        "SET TimeZone = 'Europe/Paris'; COPY (SELECT * REPLACE ("
            + "CAST(ChargePeriodStart AS TIMESTAMPTZ) AS ChargePeriodStart, "
            + "CAST(ChargePeriodEnd AS TIMESTAMPTZ) AS ChargePeriodEnd, "
            + "CAST(BilledCost AS DOUBLE) AS BilledCost, CAST(EffectiveCost AS DOUBLE) AS EffectiveCost, "
            + "CAST(ListCost AS DOUBLE) AS ListCost) FROM read_csv("
            + SqlQuote.literal(Samples.focus(Samples.AWS_SAVINGS_PLAN))
            + ", all_varchar=true)) TO "
            + SqlQuote.literal(parquet)
            + " (FORMAT parquet)");

    try (CostStore store = CostStore.inMemory()) {
      store.importFocus(List.of(parquet));
      CostReport report = store.report(CostQuery.all(GroupBy.parse("ServiceName")));
      assertEquals(EFFECTIVE, report.total(CostMeasure.EFFECTIVE));
      assertEquals(
          Optional.of(java.time.Instant.parse("2026-02-01T00:00:00Z")),
          report.from(),
          "kept in UTC");
    }
  }

  @Test
  void reportsBadParquetValueByRow() throws Exception {
    Path parquet = dir.resolve("bad.parquet");
    duckdb(
        "COPY (SELECT * REPLACE (CASE WHEN ChargePeriodStart = '2026-02-01T01:00:00Z' THEN 'n/a' ELSE ListCost END"
            + " AS ListCost) FROM read_csv("
            + SqlQuote.literal(Samples.focus(Samples.AWS_SAVINGS_PLAN))
            + ", all_varchar=true)) TO "
            + SqlQuote.literal(parquet)
            + " (FORMAT parquet)");

    try (CostStore store = CostStore.inMemory()) {
      FocusImportException e =
          assertThrows(FocusImportException.class, () -> store.importFocus(List.of(parquet)));

      assertEquals(Optional.of("row 3"), e.location(), e.getMessage());
      assertEquals(Optional.of("ListCost"), e.column());
      assertTrue(e.getMessage().contains("'n/a' is not a number"), e.getMessage());
      assertEquals(List.of(), store.importedFiles());
    }
  }

  @Test
  void readsExportFolderRecursivelyAndSkipsOtherFiles() throws Exception {
    Path february = Files.createDirectories(dir.resolve("focus").resolve("2026-02"));
    Path march = Files.createDirectories(dir.resolve("focus").resolve("2026-03"));
    Samples.copy(Samples.AWS_SAVINGS_PLAN, february, "part-0.csv");
    Samples.copy(Samples.TAGGED, march, "part-0.csv");
    Files.writeString(march.resolve("manifest.json"), "{}");

    try (CostStore store = CostStore.inMemory()) {
      ImportResult result = store.importFocus(List.of(dir.resolve("focus")));

      assertEquals(2, result.files().size());
      assertEquals(6 + 5, result.rowsImported());
      // 222.75 from the Savings Plan sample + 34.5602 from the tagged sample.
      assertEquals(
          new BigDecimal("257.3102"),
          store.report(CostQuery.all(GroupBy.parse("ServiceName"))).total(CostMeasure.EFFECTIVE));
    }
  }

  private static void assertSampleTotals(List<Path> paths) throws Exception {
    try (CostStore store = CostStore.inMemory()) {
      store.importFocus(paths);
      CostReport report = store.report(CostQuery.all(GroupBy.parse("ServiceName")));
      assertEquals(EFFECTIVE, report.total(CostMeasure.EFFECTIVE));
      assertEquals(LIST, report.total(CostMeasure.LIST));
      assertEquals(6, report.rows());
    }
  }

  private static Path gzip(Path source, Path target) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
      Files.copy(source, out);
    }
    return target;
  }

  private static void duckdb(String sql) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = db.createStatement()) {
      for (String part : sql.split("; ")) {
        statement.execute(part);
      }
    }
  }
}
