package dev.fleetscope.cost.billing;

import dev.fleetscope.model.io.SqlQuote;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/** Creates the store's types and tables when they are missing. */
final class StoreSchema {
  static final String CURRENCY_TYPE = "focus_currency";
  static final String CATEGORY_TYPE = "focus_charge_category";

  /** Exact to 1e-12 with 26 integer digits: sums of cents never drift, as they would in doubles. */
  static final String MONEY_TYPE = "DECIMAL(38,12)";

  static final List<String> CHARGE_CATEGORIES =
      List.of("Usage", "Purchase", "Tax", "Credit", "Adjustment");

  private StoreSchema() {}

  static void create(Connection db) throws SQLException {
    try (Statement sql = db.createStatement()) {
      // Enums make the CSV reader itself reject a bad currency or category, with its line number.
      if (!typeExists(sql, CURRENCY_TYPE)) {
        sql.execute("CREATE TYPE " + CURRENCY_TYPE + " AS ENUM (" + quoted(currencyCodes()) + ")");
      }
      if (!typeExists(sql, CATEGORY_TYPE)) {
        sql.execute(
            "CREATE TYPE " + CATEGORY_TYPE + " AS ENUM (" + quoted(CHARGE_CATEGORIES) + ")");
      }
      sql.execute("CREATE SEQUENCE IF NOT EXISTS focus_file_id");
      sql.execute(
          """
          CREATE TABLE IF NOT EXISTS focus_file (
            id INTEGER PRIMARY KEY DEFAULT nextval('focus_file_id'),
            sha256 VARCHAR,
            path VARCHAR NOT NULL,
            size_bytes BIGINT NOT NULL,
            modified_millis BIGINT NOT NULL,
            row_count BIGINT NOT NULL,
            imported_at TIMESTAMP NOT NULL)""");
      sql.execute(
          "CREATE TABLE IF NOT EXISTS billing_row (file_id INTEGER NOT NULL, "
              + billingColumns()
              + ")");
    }
  }

  static String sqlType(FocusColumn column) {
    return switch (column.kind()) {
      case DATETIME -> "TIMESTAMP";
      case CURRENCY -> CURRENCY_TYPE;
      case COST -> MONEY_TYPE;
      case CATEGORY -> CATEGORY_TYPE;
      case TEXT -> "VARCHAR";
      case JSON -> "JSON";
    };
  }

  private static String billingColumns() {
    return java.util.Arrays.stream(FocusColumn.values())
        .map(c -> c.sqlName() + " " + sqlType(c) + (c.neverEmpty() ? " NOT NULL" : ""))
        .collect(Collectors.joining(", "));
  }

  private static boolean typeExists(Statement sql, String name) throws SQLException {
    try (ResultSet rs =
        sql.executeQuery("SELECT count(*) FROM duckdb_types() WHERE type_name = '" + name + "'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  private static List<String> currencyCodes() {
    return Currency.getAvailableCurrencies().stream()
        .map(Currency::getCurrencyCode)
        .sorted()
        .toList();
  }

  private static String quoted(List<String> values) {
    return values.stream().map(SqlQuote::literal).collect(Collectors.joining(", "));
  }
}
