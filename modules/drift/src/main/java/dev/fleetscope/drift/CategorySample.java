package dev.fleetscope.drift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per category over the union of both windows' categories, in a fixed order whose first
 * category is the one the z-test compares against (Evidently uses the smallest). Categories seen in
 * neither window are left out.
 */
record CategorySample(List<String> labels, double[] reference, double[] current)
    implements ColumnSample {

  /** Strings in code point order, as Python sorts them. */
  static final Comparator<String> CODE_POINT_ORDER =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int ca = a.codePointAt(i);
          int cb = b.codePointAt(j);
          if (ca != cb) {
            return Integer.compare(ca, cb);
          }
          i += Character.charCount(ca);
          j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
      };

  /** Union of two counted columns, categories sorted in code point order. */
  static CategorySample sorted(CategoricalColumn ref, CategoricalColumn cur) {
    return union(ref, cur, true);
  }

  /**
   * Union keeping the reference's category order, then the current's new ones (histogram buckets).
   */
  static CategorySample inOrder(CategoricalColumn ref, CategoricalColumn cur) {
    return union(ref, cur, false);
  }

  private static CategorySample union(CategoricalColumn ref, CategoricalColumn cur, boolean sort) {
    Map<String, double[]> merged = new LinkedHashMap<>();
    add(merged, ref, 0);
    add(merged, cur, 1);
    List<String> keys = new ArrayList<>();
    merged.forEach(
        (k, counts) -> {
          if (counts[0] > 0 || counts[1] > 0) {
            keys.add(k);
          }
        });
    if (sort) {
      keys.sort(CODE_POINT_ORDER);
    }
    double[] r = new double[keys.size()];
    double[] c = new double[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      double[] counts = merged.get(keys.get(i));
      r[i] = counts[0];
      c[i] = counts[1];
    }
    return new CategorySample(keys, r, c);
  }

  private static void add(Map<String, double[]> merged, CategoricalColumn column, int side) {
    for (int i = 0; i < column.counts().length; i++) {
      double count = column.counts()[i];
      if (count < 0 || !Double.isFinite(count)) {
        throw new IllegalArgumentException(
            "column '"
                + column.name()
                + "': category '"
                + column.categories().get(i)
                + "' has count "
                + count
                + "; counts must be finite and >= 0");
      }
      merged.computeIfAbsent(column.categories().get(i), k -> new double[2])[side] += count;
    }
  }

  @Override
  public double referenceSize() {
    return sum(reference);
  }

  @Override
  public double currentSize() {
    return sum(current);
  }

  @Override
  public int uniqueCount() {
    return labels.size();
  }

  @Override
  public CategorySample categories() {
    return this;
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }
}
