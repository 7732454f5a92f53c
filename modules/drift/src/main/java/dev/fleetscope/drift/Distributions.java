package dev.fleetscope.drift;

/**
 * The distributions a view draws for a column: Sturges bins over both windows when a numerical
 * column has more than 20 distinct values, else one bar per value or category.
 */
final class Distributions {
  private Distributions() {}

  static Distribution of(ColumnSample sample) {
    if (sample instanceof NumericSample n
        && n.moreDistinctThan(EvidentlyBinning.MAX_UNIQUE_FOR_VALUE_BINS)) {
      EvidentlyBinning.Shares s = EvidentlyBinning.sturges(n);
      return new Distribution.Binned(EvidentlyBinning.edges(n), s.reference(), s.current());
    }
    CategorySample c = sample.categories();
    EvidentlyBinning.Shares s = EvidentlyBinning.perValue(c);
    return new Distribution.Categories(c.labels(), s.reference(), s.current());
  }
}
