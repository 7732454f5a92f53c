package dev.fleetscope.drift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Runs Evidently's data drift report on two windows: per column the default (or overridden) test,
 * its threshold and verdict, then the drifted share of columns. Columns are analysed in parallel;
 * each window of a numerical column is copied once without its missing values and sorted once.
 *
 * <pre>{@code
 * DriftReport report = new DriftAnalyzer(DriftOptions.defaults().withCategorical("region"))
 *         .analyze(reference, current);
 * }</pre>
 */
public final class DriftAnalyzer {
  private final DriftOptions options;

  public DriftAnalyzer(DriftOptions options) {
    this.options = options;
  }

  /**
   * @throws IllegalArgumentException when the windows do not have the same columns, an override
   *     names an unknown column, or an overriding test does not apply to the column's type
   */
  public DriftReport analyze(Dataset reference, Dataset current) {
    List<String> names = checkedColumnNames(reference, current);
    for (String name : options.tests().keySet()) {
      checkApplies(
          name, typeOf(reference.column(name).orElseThrow(), current.column(name).orElseThrow()));
    }
    ColumnResult[] results = new ColumnResult[names.size()];
    IntStream.range(0, names.size())
        .parallel()
        .forEach(
            i ->
                results[i] =
                    analyzeColumn(
                        reference.column(names.get(i)).orElseThrow(),
                        current.column(names.get(i)).orElseThrow()));
    return DriftReport.of(Arrays.asList(results), options.driftShare());
  }

  /** One column on its own: what a view refreshing a single column calls. */
  public ColumnResult analyzeColumn(Column reference, Column current) {
    ColumnType type = typeOf(reference, current);
    return evaluate(reference.name(), type, sample(type, reference, current));
  }

  /** Categorical when declared so or when either window holds labels. */
  private ColumnType typeOf(Column reference, Column current) {
    return options.categorical().contains(reference.name())
            || reference instanceof CategoricalColumn
            || current instanceof CategoricalColumn
        ? ColumnType.CATEGORICAL
        : ColumnType.NUMERICAL;
  }

  private void checkApplies(String name, ColumnType type) {
    DriftTest test = options.tests().get(name);
    if (test != null && !test.appliesTo(type)) {
      throw new IllegalArgumentException(
          "test '"
              + test.label()
              + "' does not apply to "
              + type.label()
              + " column '"
              + name
              + "'"
              + (type == ColumnType.NUMERICAL
                  ? " (declare the column categorical to use it)"
                  : ""));
    }
  }

  ColumnResult evaluate(String name, ColumnType type, ColumnSample sample) {
    double refSize = sample.referenceSize();
    double curSize = sample.currentSize();
    if (refSize == 0 || curSize == 0) {
      ColumnResult.EmptySide side =
          refSize == 0 && curSize == 0
              ? ColumnResult.EmptySide.BOTH
              : refSize == 0 ? ColumnResult.EmptySide.REFERENCE : ColumnResult.EmptySide.CURRENT;
      return new ColumnResult.Empty(name, type, side, refSize, curSize);
    }
    checkApplies(name, type);
    DriftTest test = options.test(name).orElseGet(() -> DefaultTestChoice.choose(type, sample));
    double threshold = options.threshold(name, test);
    double score = Scores.score(test, sample);
    return new ColumnResult.Tested(
        name,
        type,
        test,
        score,
        threshold,
        test.drifted(score, threshold),
        refSize,
        curSize,
        Distributions.of(sample));
  }

  private static ColumnSample sample(ColumnType type, Column reference, Column current) {
    if (reference instanceof NumericalColumn r && current instanceof NumericalColumn c) {
      NumericSample numbers = NumericSample.of(r.values(), c.values());
      return type == ColumnType.NUMERICAL ? numbers : numbers.categories();
    }
    return CategorySample.sorted(counted(reference), counted(current));
  }

  private static CategoricalColumn counted(Column column) {
    return switch (column) {
      case CategoricalColumn c -> c;
      case NumericalColumn n -> {
        String[] labels = new String[n.values().length];
        for (int i = 0; i < labels.length; i++) {
          double v = n.values()[i];
          labels[i] = Double.isFinite(v) ? NumberLabels.format(v + 0.0) : null;
        }
        yield CategoricalColumn.of(n.name(), labels);
      }
    };
  }

  private List<String> checkedColumnNames(Dataset reference, Dataset current) {
    Set<String> ref = new LinkedHashSet<>();
    reference.columns().forEach(c -> ref.add(c.name()));
    Set<String> cur = new LinkedHashSet<>();
    current.columns().forEach(c -> cur.add(c.name()));
    List<String> missing = new ArrayList<>();
    ref.stream()
        .filter(n -> !cur.contains(n))
        .forEach(n -> missing.add("'" + n + "' only in the reference"));
    cur.stream()
        .filter(n -> !ref.contains(n))
        .forEach(n -> missing.add("'" + n + "' only in the current data"));
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "reference and current data must have the same columns: " + String.join(", ", missing));
    }
    Set<String> overridden = new LinkedHashSet<>(options.tests().keySet());
    overridden.addAll(options.thresholds().keySet());
    overridden.addAll(options.categorical());
    for (String column : overridden) {
      if (!ref.contains(column)) {
        throw new IllegalArgumentException(
            "no column '" + column + "' in the data; columns: " + String.join(", ", ref));
      }
    }
    return new ArrayList<>(ref);
  }
}
