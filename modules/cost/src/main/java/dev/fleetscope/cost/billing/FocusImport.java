package dev.fleetscope.cost.billing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * One import of FOCUS exports, in one transaction: every file is read, then the store's
 * single-currency rule is checked, then everything is committed; any problem rolls the whole import
 * back.
 */
final class FocusImport {
  /** New files are hashed on a thread of their own while DuckDB reads them. */
  private static final Executor HASHING = Executors.newVirtualThreadPerTaskExecutor();

  private final Connection db;
  private final FileRegistry registry;

  FocusImport(Connection db) {
    this.db = db;
    this.registry = new FileRegistry(db);
  }

  ImportResult run(List<Path> paths) throws FocusImportException, IOException, SQLException {
    List<FocusFile> files = FocusFile.expand(paths);
    db.setAutoCommit(false);
    try {
      List<ImportedFile> imported = new ArrayList<>();
      for (FocusFile file : files) {
        imported.add(importOne(file));
      }
      SingleCurrency.require(db);
      db.commit();
      return new ImportResult(imported);
    } catch (FocusImportException | IOException | SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  /**
   * A file that looks as it did when it was imported is hashed before it is read, so an unchanged
   * export is skipped at the cost of a hash; a new or changed one is hashed while DuckDB reads it,
   * and its rows are dropped again should its content turn out to be known after all.
   */
  private ImportedFile importOne(FocusFile file)
      throws FocusImportException, IOException, SQLException {
    Path path = file.path().toAbsolutePath().normalize();
    FileRegistry.Stamp stamp = FileRegistry.Stamp.of(path);
    Optional<FileRegistry.Entry> atPath = registry.atPath(path);
    CompletableFuture<String> hashing;
    if (atPath.isPresent() && atPath.get().stamp().equals(stamp)) {
      String sha256 = ContentHash.sha256(path);
      if (registry.withContent(sha256).isPresent()) {
        return new ImportedFile(path, sha256, ImportedFile.Outcome.ALREADY_IMPORTED, 0);
      }
      hashing = CompletableFuture.completedFuture(sha256);
    } else {
      hashing = CompletableFuture.supplyAsync(() -> ContentHash.sha256Unchecked(path), HASHING);
    }
    ExportScan scan = ExportScan.of(db, file);
    FileColumns columns = FileColumns.of(file, scan.header());
    int id = registry.register(path, stamp);
    long rows = scan.insert(id, columns);
    if (rows == 0 && file.named()) {
      throw new FocusImportException(
          file.path(),
          file.format() == FocusFile.Format.CSV ? "line 2" : null,
          null,
          "the file has a header and no rows; a FOCUS export to report on holds at least one"
              + " charge (nothing was imported)");
    }
    String sha256 = ContentHash.await(hashing, path);
    if (registry.withContent(sha256).isPresent()) {
      registry.forget(id);
      return new ImportedFile(path, sha256, ImportedFile.Outcome.ALREADY_IMPORTED, 0);
    }
    if (atPath.isPresent()) {
      registry.forget(atPath.get().id());
    }
    registry.complete(id, sha256, rows);
    return new ImportedFile(
        path,
        sha256,
        atPath.isPresent() ? ImportedFile.Outcome.REPLACED : ImportedFile.Outcome.IMPORTED,
        rows);
  }
}
