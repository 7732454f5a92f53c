package dev.fleetscope.drift;

/**
 * Evidently's default test per column: with at most 1,000 reference values, KS for numerical
 * columns with more than 5 distinct values (both windows together), otherwise chi-square above 2
 * distinct values and the z-test at most 2; with more reference values, normed Wasserstein for
 * numerical columns with more than 5 distinct values, otherwise Jensen-Shannon.
 */
final class DefaultTestChoice {
  static final double SMALL_REFERENCE = 1000;
  static final int FEW_VALUES = 5;

  private DefaultTestChoice() {}

  static DriftTest choose(ColumnType type, ColumnSample sample) {
    boolean manyNumbers = type == ColumnType.NUMERICAL && sample.moreDistinctThan(FEW_VALUES);
    if (sample.referenceSize() <= SMALL_REFERENCE) {
      if (manyNumbers) {
        return DriftTest.KS;
      }
      return sample.moreDistinctThan(2) ? DriftTest.CHISQUARE : DriftTest.Z;
    }
    return manyNumbers ? DriftTest.WASSERSTEIN : DriftTest.JENSENSHANNON;
  }
}
