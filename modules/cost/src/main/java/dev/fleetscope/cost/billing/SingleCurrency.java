package dev.fleetscope.cost.billing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A store holds one billing currency. Fleetscope does not convert currencies (a rate would be a
 * guess the bill never made), and a total that adds dollars to euros is wrong, so an import that
 * would mix them is refused.
 */
final class SingleCurrency {
  private SingleCurrency() {}

  /**
   * Throws, naming each currency and the files that hold it, when the store now holds more than
   * one.
   */
  static void require(Connection db) throws SQLException, FocusImportException {
    Map<String, List<String>> filesByCurrency = new LinkedHashMap<>();
    String newest = null;
    try (Statement sql = db.createStatement();
        ResultSet rs =
            sql.executeQuery(
                """
            SELECT CAST(c.billing_currency AS VARCHAR) AS currency, f.path, c.first_file
            FROM (SELECT billing_currency, file_id, min(file_id) OVER (PARTITION BY billing_currency) AS first_file
                  FROM (SELECT DISTINCT billing_currency, file_id FROM billing_row)) c
            JOIN focus_file f ON f.id = c.file_id
            ORDER BY c.first_file, f.id""")) {
      while (rs.next()) {
        filesByCurrency
            .computeIfAbsent(rs.getString("currency"), k -> new ArrayList<>())
            .add(rs.getString("path"));
        newest = rs.getString("path");
      }
    }
    if (filesByCurrency.size() <= 1) {
      return;
    }
    List<String> parts = new ArrayList<>();
    filesByCurrency.forEach((currency, files) -> parts.add(currency + " in " + names(files)));
    throw new FocusImportException(
        Path.of(newest),
        "mixed billing currencies: "
            + String.join("; ", parts)
            + ". Fleetscope does not convert currencies: import exports billed in one currency at a time"
            + " (into a store of their own); nothing was imported");
  }

  private static String names(List<String> files) {
    List<String> names = files.stream().map(f -> String.valueOf(Path.of(f).getFileName())).toList();
    return names.size() <= 3
        ? String.join(", ", names)
        : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
  }
}
