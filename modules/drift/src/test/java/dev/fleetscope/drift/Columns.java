package dev.fleetscope.drift;

import java.util.ArrayList;
import java.util.List;

/** Test data builders. */
final class Columns {
  private Columns() {}

  static NumericalColumn numbers(String name, double... values) {
    return new NumericalColumn(name, values);
  }

  /** x_i = ((i * mult) % mod) / scale + shift, as src/test/python/expected_values.py's seq(). */
  static NumericalColumn seq(String name, int n, long mult, long mod, double scale, double shift) {
    return new NumericalColumn(
        name, dev.fleetscope.drift.stats.SciPyAgreement.seq(n, mult, mod, scale, shift));
  }

  static NumericalColumn formula(String name, int n, java.util.function.IntToDoubleFunction f) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = f.applyAsDouble(i);
    }
    return new NumericalColumn(name, v);
  }

  /** Labels repeated: repeat("a", 6, "b", 3) is six a's then three b's. */
  static CategoricalColumn repeat(String name, Object... labelsAndCounts) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < labelsAndCounts.length; i += 2) {
      for (int k = 0; k < (Integer) labelsAndCounts[i + 1]; k++) {
        labels.add((String) labelsAndCounts[i]);
      }
    }
    return CategoricalColumn.of(name, labels.toArray(String[]::new));
  }

  static ColumnResult.Tested tested(DriftReport report, String column) {
    return (ColumnResult.Tested)
        report.columns().stream().filter(c -> c.column().equals(column)).findFirst().orElseThrow();
  }

  static ColumnResult.Tested analyze(Column reference, Column current) {
    return analyze(DriftOptions.defaults(), reference, current);
  }

  static ColumnResult.Tested analyze(DriftOptions options, Column reference, Column current) {
    return tested(
        new DriftAnalyzer(options).analyze(Dataset.of(reference), Dataset.of(current)),
        reference.name());
  }
}
