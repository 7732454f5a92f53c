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
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The billing store the Cost view reads, with the store's SQL errors turned into I/O errors that
 * name it: views and view-models stay free of SQL (ArchitectureTest). Blocking; call it from a
 * background thread.
 *
 * <p>The store is opened when first used and closed again once it has been idle for {@link #IDLE}:
 * the Cost view reads it when the bill changes or the user picks another breakdown, and in between
 * an open DuckDB database keeps its tables and allocator arenas resident, about 25 MB for the demo
 * bill (docs/performance.md). Reopening takes some 30-60 ms.
 */
public final class BillingLedger implements AutoCloseable {
  /** How long the store stays open after its last use. */
  public static final Duration IDLE = Duration.ofSeconds(20);

  private static final Logger LOG = LoggerFactory.getLogger(BillingLedger.class);

  private final Path file;
  private final String name;
  private final long idleNanos;
  private CostStore store; // null while closed for being idle
  private long lastUse;
  private boolean closerWaiting;
  private boolean closed;

  BillingLedger(Path file, String name, Duration idle) {
    this.file = file;
    this.name = name;
    this.idleNanos = idle.toNanos();
  }

  /** The user's store, a DuckDB file kept between runs. */
  public static BillingLedger open(Path file) throws IOException {
    return open(file, "cost store " + file);
  }

  /** A store in {@code file} that {@code name} describes in errors (the demo's bill). */
  public static BillingLedger open(Path file, String name) throws IOException {
    BillingLedger ledger = new BillingLedger(file, name, IDLE);
    // a store that cannot be opened fails here, not at its first read
    ledger.<Void, RuntimeException>call("open", store -> null);
    return ledger;
  }

  /**
   * All files or none; files imported before (same content) are skipped and say so in the result.
   */
  public ImportResult importFocus(List<Path> paths) throws FocusImportException, IOException {
    return call("import into", store -> store.importFocus(paths));
  }

  public Optional<MonthOutlook> outlook(YearMonth month, CostMeasure measure) throws IOException {
    return call("read the outlook from", store -> store.outlook(month, measure));
  }

  public List<DailyCost> daily(CostMeasure measure, Instant from, Instant to) throws IOException {
    return call("read daily cost from", store -> store.daily(measure, from, to));
  }

  public CostReport report(CostQuery query) throws IOException {
    return call("report from", store -> store.report(query));
  }

  /** Whether the store is open now (it closes when idle and opens again when used). */
  synchronized boolean isOpen() {
    return store != null;
  }

  private interface StoreCall<T, X extends Exception> {
    T on(CostStore store) throws SQLException, IOException, X;
  }

  private synchronized <T, X extends Exception> T call(String what, StoreCall<T, X> call)
      throws IOException, X {
    try {
      return call.on(opened());
    } catch (SQLException e) {
      throw failed(what, e);
    } finally {
      used();
    }
  }

  private CostStore opened() throws SQLException, IOException {
    if (closed) {
      throw new IOException("the " + name + " is closed");
    }
    if (store == null) {
      store = CostStore.open(file);
    }
    return store;
  }

  private void used() {
    lastUse = System.nanoTime();
    if (store != null && !closerWaiting) {
      closerWaiting = true;
      Thread.ofVirtual().name("cost-store-idle").start(this::closeWhenIdle);
    }
  }

  private void closeWhenIdle() {
    while (true) {
      long left;
      synchronized (this) {
        left = lastUse + idleNanos - System.nanoTime();
        if (store == null || left <= 0) {
          closerWaiting = false;
          closeStore();
          return;
        }
      }
      LockSupport.parkNanos(left + TimeUnit.MILLISECONDS.toNanos(1));
    }
  }

  private void closeStore() {
    if (store == null) {
      return;
    }
    try {
      store.close();
    } catch (SQLException e) {
      LOG.warn("closing the idle {} failed", name, e);
    }
    store = null;
  }

  private IOException failed(String what, SQLException e) {
    return new IOException("cannot " + what + " the " + name + ": " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() throws IOException {
    closed = true;
    if (store != null) {
      CostStore open = store;
      store = null;
      try {
        open.close();
      } catch (SQLException e) {
        throw failed("close", e);
      }
    }
  }
}
