package dev.fleetscope.runtime.cost;

import dev.fleetscope.cost.billing.CostMeasure;
import dev.fleetscope.cost.billing.CostQuery;
import dev.fleetscope.cost.billing.CostReport;
import dev.fleetscope.cost.billing.CostStore;
import dev.fleetscope.cost.billing.DailyCost;
import dev.fleetscope.cost.billing.FocusImportException;
import dev.fleetscope.cost.billing.ImportResult;
import dev.fleetscope.cost.billing.MonthOutlook;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The billing store the Cost view reads, with the store's SQL errors turned into I/O errors that
 * name it: views and view-models stay free of SQL (ArchitectureTest). Blocking; call it from a
 * background thread.
 */
public final class BillingLedger implements AutoCloseable {
  private final CostStore store;
  private final String name;

  private BillingLedger(CostStore store, String name) {
    this.store = store;
    this.name = name;
  }

  /** The user's store, a DuckDB file kept between runs. */
  public static BillingLedger open(Path file) throws IOException {
    try {
      return new BillingLedger(CostStore.open(file), "cost store " + file);
    } catch (SQLException e) {
      throw new IOException("cannot open the cost store " + file + ": " + e.getMessage(), e);
    }
  }

  /** A store that lives as long as this ledger (the demo's bill). */
  public static BillingLedger inMemory(String name) throws IOException {
    try {
      return new BillingLedger(CostStore.inMemory(), name);
    } catch (SQLException e) {
      throw new IOException("cannot open an in-memory cost store: " + e.getMessage(), e);
    }
  }

  /**
   * All files or none; files imported before (same content) are skipped and say so in the result.
   */
  public ImportResult importFocus(List<Path> paths) throws FocusImportException, IOException {
    try {
      return store.importFocus(paths);
    } catch (SQLException e) {
      throw failed("import into", e);
    }
  }

  public Optional<MonthOutlook> outlook(YearMonth month, CostMeasure measure) throws IOException {
    try {
      return store.outlook(month, measure);
    } catch (SQLException e) {
      throw failed("read the outlook from", e);
    }
  }

  public List<DailyCost> daily(CostMeasure measure, Instant from, Instant to) throws IOException {
    try {
      return store.daily(measure, from, to);
    } catch (SQLException e) {
      throw failed("read daily cost from", e);
    }
  }

  public CostReport report(CostQuery query) throws IOException {
    try {
      return store.report(query);
    } catch (SQLException e) {
      throw failed("report from", e);
    }
  }

  private IOException failed(String what, SQLException e) {
    return new IOException("cannot " + what + " the " + name + ": " + e.getMessage(), e);
  }

  @Override
  public void close() throws IOException {
    try {
      store.close();
    } catch (SQLException e) {
      throw failed("close", e);
    }
  }
}
