package dev.fleetscope.cost.billing;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one statement that copies an export into {@code billing_row}: stored columns the file lacks
 * stay null.
 */
final class InsertSql {
  private InsertSql() {}

  /**
   * @param expressions for each stored column the file has, the SQL that reads it from {@code
   *     source}
   */
  static String build(int fileId, Map<FocusColumn, String> expressions, String source) {
    String targets =
        expressions.keySet().stream().map(FocusColumn::sqlName).collect(Collectors.joining(", "));
    String values = String.join(", ", expressions.values());
    return "INSERT INTO billing_row (file_id, "
        + targets
        + ") SELECT "
        + fileId
        + ", "
        + values
        + " FROM "
        + source;
  }
}
