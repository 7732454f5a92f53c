package dev.fleetscope.cost.billing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The embedded analytical store of billing rows: a DuckDB database, one file per user in the data
 * folder the runtime gives it ({@link #FILE_NAME}), or in memory for a one-off command line report.
 *
 * <p>Methods are synchronized: a DuckDB connection serves one statement at a time, and the console
 * calls from background threads.
 */
public final class CostStore implements AutoCloseable {
  public static final String FILE_NAME = "cost.duckdb";

  private final Connection db;

  private CostStore(Connection db) throws SQLException {
    this.db = db;
    // DuckDB's allocator (jemalloc on Linux) kept what an import had used, 47 MB of arenas in the
    // console after the demo bill's few thousand rows: hand it back after each task and in the
    // background rather than only past 128 MB (docs/performance.md)
    try (Statement settings = db.createStatement()) {
      settings.execute("SET allocator_flush_threshold = '8MB'");
      settings.execute("SET allocator_background_threads = true");
    }
    StoreSchema.create(db);
  }

  public static CostStore open(Path file) throws SQLException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of the cost store " + file, e);
    }
    return new CostStore(DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()));
  }

  /**
   * A store that lives as long as this object: for reports over files given on the command line.
   */
  public static CostStore inMemory() throws SQLException {
    return new CostStore(DriverManager.getConnection("jdbc:duckdb:"));
  }

  /**
   * Imports FOCUS exports (files, or folders searched for {@code .csv}, {@code .csv.gz} and {@code
   * .parquet}) in one transaction: either every file is imported or, on the first problem, none.
   */
  public synchronized ImportResult importFocus(List<Path> paths)
      throws FocusImportException, IOException, SQLException {
    return new FocusImport(db).run(paths);
  }

  /** Cost grouped as the query asks; totals are exact decimal sums of the rows. */
  public synchronized CostReport report(CostQuery query) throws SQLException {
    return new CostReports(db).report(query);
  }

  /**
   * Exact cost per UTC day in {@code [from, to)}: the Cost view's trend. Days without rows are left
   * out.
   */
  public synchronized List<DailyCost> daily(CostMeasure measure, Instant from, Instant to)
      throws SQLException {
    return new CostReports(db).daily(measure, from, to);
  }

  /**
   * Month to date, run rate and month-end forecast of {@code month}; empty while the store holds no
   * rows (so no currency either).
   */
  public synchronized Optional<MonthOutlook> outlook(YearMonth month, CostMeasure measure)
      throws SQLException {
    CostReports reports = new CostReports(db);
    Optional<Currency> currency = reports.storeCurrency();
    if (currency.isEmpty()) {
      return Optional.empty();
    }
    Instant from =
        month
            .atDay(1)
            .minusDays(MonthOutlook.RUN_RATE_DAYS)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return Optional.of(
        MonthOutlook.of(month, currency.get(), measure, reports.daily(measure, from, to)));
  }

  /** The files imported so far, oldest first. */
  public synchronized List<ImportedFile> importedFiles() throws SQLException {
    return new CostReports(db).importedFiles();
  }

  @Override
  public synchronized void close() throws SQLException {
    db.close();
  }
}
