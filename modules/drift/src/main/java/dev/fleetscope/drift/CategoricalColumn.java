package dev.fleetscope.drift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A column of labels, kept as a count per distinct label (all categorical tests need only the
 * counts). Empty and missing labels are not categories.
 */
public record CategoricalColumn(String name, List<String> categories, double[] counts)
    implements Column {
  public CategoricalColumn {
    if (name == null
        || categories == null
        || counts == null
        || categories.size() != counts.length) {
      throw new IllegalArgumentException(
          "a categorical column needs a name and one count per category");
    }
    categories = List.copyOf(categories);
  }

  /** Counts the given labels; null and empty strings are missing values. */
  public static CategoricalColumn of(String name, String... labels) {
    Map<String, Double> counts = new LinkedHashMap<>();
    for (String label : labels) {
      if (label != null && !label.isEmpty()) {
        counts.merge(label, 1.0, Double::sum);
      }
    }
    return fromCounts(name, counts);
  }

  public static CategoricalColumn fromCounts(String name, Map<String, ? extends Number> counts) {
    List<String> categories = new ArrayList<>(counts.keySet());
    double[] values = new double[categories.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = counts.get(categories.get(i)).doubleValue();
    }
    return new CategoricalColumn(name, categories, values);
  }

  /** Number of non-missing values. */
  public double total() {
    double sum = 0;
    for (double c : counts) {
      sum += c;
    }
    return sum;
  }
}
