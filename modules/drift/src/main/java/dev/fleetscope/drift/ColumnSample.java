package dev.fleetscope.drift;

/**
 * A column's reference and current values after missing values are dropped: what a drift test
 * reads.
 */
sealed interface ColumnSample permits NumericSample, CategorySample {
  /** Non-missing values in the reference window. */
  double referenceSize();

  double currentSize();

  /**
   * Distinct values over both windows together (Evidently's {@code nunique} of the concatenation).
   */
  int uniqueCount();

  /** The same data as counts per distinct value, for the tests that compare frequencies. */
  CategorySample categories();
}
