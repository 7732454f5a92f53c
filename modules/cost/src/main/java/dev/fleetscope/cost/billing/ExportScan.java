package dev.fleetscope.cost.billing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads one export file into {@code billing_row} with DuckDB's own readers, refusing the first bad
 * row it finds.
 */
sealed interface ExportScan permits CsvScan, ParquetScan {
  static ExportScan of(Connection db, FocusFile file) {
    return switch (file.format()) {
      case CSV -> new CsvScan(db, file);
      case PARQUET -> new ParquetScan(db, file);
    };
  }

  /** The file's column names, in file order. */
  List<String> header() throws SQLException, FocusImportException;

  /**
   * Inserts the file's rows under {@code fileId}; returns how many. Throws, naming the first bad
   * row, when any row is malformed: the caller rolls the transaction back, so nothing of the file
   * stays.
   */
  long insert(int fileId, FileColumns columns) throws SQLException, FocusImportException;

  /**
   * DuckDB's messages run over many lines of reader settings; the first line says what went wrong.
   */
  static String firstLine(SQLException e) {
    String message = String.valueOf(e.getMessage()).strip();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
