package dev.fleetscope.runtime.cost;

import dev.fleetscope.cost.billing.FocusImportException;
import dev.fleetscope.cost.billing.ImportResult;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.simulator.billing.DemoBillingExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo fleet's bill, for a console with no billing export configured: FOCUS exports generated
 * for the demo clusters' nodes into a temporary folder, then imported through the same path as a
 * user's exports, into a store of its own in the same folder (the demo never mixes with the user's
 * store). Closing it deletes the folder.
 *
 * @param generation how long writing the exports took; {@code importing} how long the import took
 */
public record DemoBilling(
    BillingLedger ledger,
    Path folder,
    DemoBillingExport.Written written,
    ImportResult imported,
    Duration generation,
    Duration importing)
    implements AutoCloseable {
  private static final String STORE = "demo-bill.duckdb";

  /** The store and its write-ahead log, which DuckDB keeps beside it until a checkpoint. */
  private static List<Path> storeFiles(Path folder) {
    return List.of(folder.resolve(STORE), folder.resolve(STORE + ".wal"));
  }

  /**
   * Bills the days from {@link DemoBillingExport#defaultFrom} up to {@code today} (exclusive:
   * exports lag a day), with the demo fleet's {@code seed}.
   */
  public static DemoBilling load(List<Cluster> clusters, LocalDate today, long seed)
      throws IOException, FocusImportException {
    Path folder = Files.createTempDirectory("fleetscope-demo-billing-");
    // a console ended by a signal (Ctrl+C, logout, kill) never reaches close(): 15 MB of CSV
    // would be left in the temporary folder by each; the JVM deletes them in reverse order
    folder.toFile().deleteOnExit();
    long start = System.nanoTime();
    DemoBillingExport.Written written =
        new DemoBillingExport(clusters, seed)
            .write(folder, DemoBillingExport.defaultFrom(today), today);
    written.files().forEach(file -> file.toFile().deleteOnExit());
    long generated = System.nanoTime();
    Path store = folder.resolve(STORE);
    for (Path file : storeFiles(folder)) {
      file.toFile().deleteOnExit();
    }
    BillingLedger ledger = BillingLedger.open(store, "demo billing (generated, " + store + ")");
    try {
      ImportResult imported = ledger.importFocus(written.files());
      return new DemoBilling(
          ledger,
          folder,
          written,
          imported,
          Duration.ofNanos(generated - start),
          Duration.ofNanos(System.nanoTime() - generated));
    } catch (FocusImportException | IOException | RuntimeException e) {
      ledger.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    ledger.close();
    for (Path file : written.files()) {
      Files.deleteIfExists(file);
    }
    for (Path file : storeFiles(folder)) {
      Files.deleteIfExists(file);
    }
    Files.deleteIfExists(folder);
  }
}
