package dev.fleetscope.cost.billing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One import of FOCUS exports, in one transaction: every file is read, then the store's single-currency rule is
 * checked, then everything is committed; any problem rolls the whole import back.
 */
final class FocusImport {
  private final Connection db;

  FocusImport(Connection db) {
    this.db = db;
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

  private ImportedFile importOne(FocusFile file) throws FocusImportException, IOException, SQLException {
    Path path = file.path().toAbsolutePath().normalize();
    String sha256 = ContentHash.sha256(path);
    if (fileId("sha256", sha256).isPresent()) {
      return new ImportedFile(path, sha256, ImportedFile.Outcome.ALREADY_IMPORTED, 0);
    }
    ExportScan scan = ExportScan.of(db, file);
    FileColumns columns = FileColumns.of(file, scan.header());
    Optional<Integer> previous = fileId("path", path.toString());
    if (previous.isPresent()) {
      forget(previous.get());
    }
    int id = register(path, sha256);
    long rows = scan.insert(id, columns);
    try (PreparedStatement update = db.prepareStatement("UPDATE focus_file SET row_count = ? WHERE id = ?")) {
      update.setLong(1, rows);
      update.setInt(2, id);
      update.executeUpdate();
    }
    return new ImportedFile(path, sha256,
        previous.isPresent() ? ImportedFile.Outcome.REPLACED : ImportedFile.Outcome.IMPORTED, rows);
  }

  private Optional<Integer> fileId(String column, String value) throws SQLException {
    try (PreparedStatement query = db.prepareStatement("SELECT id FROM focus_file WHERE " + column + " = ?")) {
      query.setString(1, value);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
      }
    }
  }

  private void forget(int fileId) throws SQLException {
    for (String table : List.of("billing_row WHERE file_id", "focus_file WHERE id")) {
      try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " = ?")) {
        delete.setInt(1, fileId);
        delete.executeUpdate();
      }
    }
  }

  private int register(Path path, String sha256) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement(
        "INSERT INTO focus_file (sha256, path, row_count, imported_at) VALUES (?, ?, 0, ?) RETURNING id")) {
      insert.setString(1, sha256);
      insert.setString(2, path.toString());
      insert.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
      try (ResultSet rs = insert.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
