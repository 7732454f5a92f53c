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

  /**
   * Whether both windows together hold more than {@code k} distinct values: what choosing a test
   * asks, answered without counting them all where that is dear.
   */
  default boolean moreDistinctThan(int k) {
    return uniqueCount() > k;
  }

  /** The same data as counts per distinct value, for the tests that compare frequencies. */
  CategorySample categories();
}
