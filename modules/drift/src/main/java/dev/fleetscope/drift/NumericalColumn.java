package dev.fleetscope.drift;

/**
 * A column of numbers. NaN and infinite values count as missing and are dropped before testing, as
 * Evidently does. The array is not copied: callers hand it over and do not change it afterwards.
 */
public record NumericalColumn(String name, double[] values) implements Column {
  public NumericalColumn {
    if (name == null || values == null) {
      throw new IllegalArgumentException("a numerical column needs a name and values");
    }
  }
}
