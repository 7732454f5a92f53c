package dev.fleetscope.drift;

/** The outcome for one column: tested, or not testable because a window has no values. */
public sealed interface ColumnResult permits ColumnResult.Tested, ColumnResult.Empty {
  String column();

  ColumnType type();

  /** Which window(s) had no non-missing values. */
  enum EmptySide {
    REFERENCE,
    CURRENT,
    BOTH
  }

  /**
   * A tested column. {@code score} is what is compared with {@code threshold}: the p-value for KS,
   * chi-square and z, the distance (or divergence, or PSI) otherwise; it is NaN when the test is
   * undefined for the data (e.g. chi-square over a single category).
   */
  record Tested(
      String column,
      ColumnType type,
      DriftTest test,
      double score,
      double threshold,
      boolean drift,
      double referenceCount,
      double currentCount,
      Distribution distribution)
      implements ColumnResult {}

  /**
   * A column with no values in a window: reported, never counted as drift or in the drift share.
   */
  record Empty(
      String column, ColumnType type, EmptySide side, double referenceCount, double currentCount)
      implements ColumnResult {}
}
