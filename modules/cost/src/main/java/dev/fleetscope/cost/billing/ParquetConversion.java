package dev.fleetscope.cost.billing;

import dev.fleetscope.model.io.SqlQuote;
import java.util.Locale;
import java.util.Optional;

/**
 * How one Parquet column becomes a stored column: the SQL that converts it, and the condition under
 * which a value would not convert (absent when every value of that Parquet type converts).
 */
record ParquetConversion(String expression, Optional<String> invalid) {

  static ParquetConversion of(
      FocusColumn column, String name, String parquetType, String timestampFormat) {
    boolean text = parquetType.toUpperCase(Locale.ROOT).equals("VARCHAR");
    return switch (column.kind()) {
      case COST, CURRENCY, CATEGORY -> {
        String type = StoreSchema.sqlType(column);
        yield new ParquetConversion(
            "CAST(" + name + " AS " + type + ")",
            Optional.of(name + " IS NULL OR TRY_CAST(" + name + " AS " + type + ") IS NULL"));
      }
      case DATETIME ->
          text
              ? new ParquetConversion(
                  "strptime(" + name + ", " + SqlQuote.literal(timestampFormat) + ")",
                  Optional.of(
                      name
                          + " IS NULL OR try_strptime("
                          + name
                          + ", "
                          + SqlQuote.literal(timestampFormat)
                          + ") IS NULL"))
              : new ParquetConversion(utc(name, parquetType), Optional.of(name + " IS NULL"));
      case TEXT ->
          new ParquetConversion("NULLIF(CAST(" + name + " AS VARCHAR), '')", Optional.empty());
      case JSON ->
          text
              ? new ParquetConversion(
                  "CAST(NULLIF(" + name + ", '') AS JSON)",
                  Optional.of(
                      "NULLIF(" + name + ", '') IS NOT NULL AND NOT json_valid(" + name + ")"))
              : new ParquetConversion("to_json(" + name + ")", Optional.empty());
    };
  }

  /**
   * A zoned timestamp is brought to UTC; a plain one is taken to be UTC already, as FOCUS requires.
   */
  private static String utc(String name, String parquetType) {
    return parquetType.toUpperCase(Locale.ROOT).contains("WITH TIME ZONE")
        ? "CAST(timezone('UTC', " + name + ") AS TIMESTAMP)"
        : "CAST(" + name + " AS TIMESTAMP)";
  }
}
