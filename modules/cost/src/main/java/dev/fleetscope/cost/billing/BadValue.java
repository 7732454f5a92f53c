package dev.fleetscope.cost.billing;

/** What is wrong with one value of a stored column, in words a person can act on. */
final class BadValue {
  private BadValue() {}

  /**
   * @param value the value as written in the file; null or blank when the cell is empty
   * @param firstTimestamp the file's first ChargePeriodStart, the form every date-time of the file
   *     must follow
   */
  static String describe(FocusColumn column, String value, String firstTimestamp) {
    boolean empty = value == null || value.isBlank();
    return switch (column.kind()) {
      case DATETIME -> IsoTimestamps.problem(value, firstTimestamp);
      case COST ->
          empty
              ? "is empty; FOCUS requires a cost on every row"
              : "'" + value + "' is not a number";
      case CURRENCY ->
          empty
              ? "is empty; FOCUS requires the billing currency on every row"
              : "'" + value + "' is not an ISO 4217 currency code";
      case CATEGORY ->
          empty
              ? "is empty; FOCUS requires a ChargeCategory on every row"
              : "'"
                  + value
                  + "' is not a FOCUS ChargeCategory ("
                  + String.join(", ", StoreSchema.CHARGE_CATEGORIES)
                  + ")";
      case JSON -> "'" + value + "' is not valid JSON; FOCUS Tags hold a JSON object";
      case TEXT -> "'" + value + "' cannot be read as text";
    };
  }
}
