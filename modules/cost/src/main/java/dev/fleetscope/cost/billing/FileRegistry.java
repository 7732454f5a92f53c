package dev.fleetscope.cost.billing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The store's record of imported files ({@code focus_file}): by content hash, by path, and their
 * rows.
 */
final class FileRegistry {
  /**
   * What a file looked like on disk when it was imported: a cheap hint that it has not changed
   * since.
   */
  record Stamp(long sizeBytes, long modifiedMillis) {
    static Stamp of(Path file) throws IOException {
      return new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
    }
  }

  record Entry(int id, Stamp stamp) {}

  private final Connection db;

  FileRegistry(Connection db) {
    this.db = db;
  }

  Optional<Entry> withContent(String sha256) throws SQLException {
    return find("sha256", sha256);
  }

  Optional<Entry> atPath(Path path) throws SQLException {
    return find("path", path.toString());
  }

  /** Records a file being imported; its hash and row count follow with {@link #complete}. */
  int register(Path path, Stamp stamp) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO focus_file (path, size_bytes, modified_millis, "
                + "row_count, imported_at) VALUES (?, ?, ?, 0, ?) RETURNING id")) {
      insert.setString(1, path.toString());
      insert.setLong(2, stamp.sizeBytes());
      insert.setLong(3, stamp.modifiedMillis());
      insert.setObject(4, LocalDateTime.now(ZoneOffset.UTC));
      try (ResultSet rs = insert.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  void complete(int id, String sha256, long rows) throws SQLException {
    try (PreparedStatement update =
        db.prepareStatement("UPDATE focus_file SET sha256 = ?, row_count = ? WHERE id = ?")) {
      update.setString(1, sha256);
      update.setLong(2, rows);
      update.setInt(3, id);
      update.executeUpdate();
    }
  }

  /** Removes a file and its rows. */
  void forget(int id) throws SQLException {
    for (String table : List.of("billing_row WHERE file_id", "focus_file WHERE id")) {
      try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " = ?")) {
        delete.setInt(1, id);
        delete.executeUpdate();
      }
    }
  }

  private Optional<Entry> find(String column, String value) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT id, size_bytes, modified_millis FROM focus_file WHERE " + column + " = ?")) {
      query.setString(1, value);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next()
            ? Optional.of(new Entry(rs.getInt(1), new Stamp(rs.getLong(2), rs.getLong(3))))
            : Optional.empty();
      }
    }
  }
}
