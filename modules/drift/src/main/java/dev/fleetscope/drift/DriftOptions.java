package dev.fleetscope.drift;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the user overrides: columns to treat as categorical, a test and a threshold per column, and
 * the share of drifted columns at which the whole dataset counts as drifted (Evidently's 0.5 by
 * default).
 */
public record DriftOptions(
    Set<String> categorical,
    Map<String, DriftTest> tests,
    Map<String, Double> thresholds,
    double driftShare) {

  public static final double DEFAULT_DRIFT_SHARE = 0.5;

  public DriftOptions {
    categorical = Set.copyOf(categorical);
    tests = Map.copyOf(tests);
    thresholds = Map.copyOf(thresholds);
    if (!(driftShare > 0 && driftShare <= 1)) {
      throw new IllegalArgumentException("drift share must be in (0, 1], got " + driftShare);
    }
    thresholds.forEach(
        (column, t) -> {
          if (!Double.isFinite(t) || t < 0) {
            throw new IllegalArgumentException(
                "threshold for column '" + column + "' must be >= 0, got " + t);
          }
        });
  }

  public static DriftOptions defaults() {
    return new DriftOptions(Set.of(), Map.of(), Map.of(), DEFAULT_DRIFT_SHARE);
  }

  public DriftOptions withCategorical(String... columns) {
    Set<String> s = new HashSet<>(categorical);
    s.addAll(Set.of(columns));
    return new DriftOptions(s, tests, thresholds, driftShare);
  }

  public DriftOptions withTest(String column, DriftTest test) {
    Map<String, DriftTest> m = new HashMap<>(tests);
    m.put(column, test);
    return new DriftOptions(categorical, m, thresholds, driftShare);
  }

  public DriftOptions withThreshold(String column, double threshold) {
    Map<String, Double> m = new HashMap<>(thresholds);
    m.put(column, threshold);
    return new DriftOptions(categorical, tests, m, driftShare);
  }

  public DriftOptions withDriftShare(double share) {
    return new DriftOptions(categorical, tests, thresholds, share);
  }

  Optional<DriftTest> test(String column) {
    return Optional.ofNullable(tests.get(column));
  }

  double threshold(String column, DriftTest test) {
    return thresholds.getOrDefault(column, test.defaultThreshold());
  }
}
