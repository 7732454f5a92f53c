package dev.fleetscope.runtime.drift;

import dev.fleetscope.drift.DriftOptions;
import dev.fleetscope.drift.DriftTest;
import dev.fleetscope.runtime.config.DriftSource;

/** A configured source's overrides as the analyzer takes them. */
final class SourceOptions {
  private SourceOptions() {}

  /**
   * @throws IllegalArgumentException naming an unknown test, with the known ones
   */
  static DriftOptions of(DriftSource source) {
    DriftOptions options =
        DriftOptions.defaults().withCategorical(source.categorical().toArray(String[]::new));
    for (var test : source.tests().entrySet()) {
      options = options.withTest(test.getKey(), DriftTest.byLabel(test.getValue()));
    }
    for (var threshold : source.thresholds().entrySet()) {
      options = options.withThreshold(threshold.getKey(), threshold.getValue());
    }
    return options;
  }
}
