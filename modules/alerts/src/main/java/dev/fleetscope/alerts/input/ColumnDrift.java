package dev.fleetscope.alerts.input;

/**
 * One column's drift test, as the drift module reports it.
 *
 * @param test the statistical test or distance ({@code ks}, {@code psi}, {@code wasserstein})
 * @param score its score: a p-value for tests (drift below the threshold), a distance otherwise
 * @param threshold the test's threshold
 * @param drifted the test's verdict
 */
public record ColumnDrift(
    String column, String test, double score, double threshold, boolean drifted) {
  public ColumnDrift {
    if (column == null || column.isBlank()) {
      throw new IllegalArgumentException("a column drift names its column");
    }
  }
}
