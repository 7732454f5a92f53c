package dev.fleetscope.engine.stats;

/**
 * Per-day peaks and means of a sample array, days counted back from its end so that the newest day is whole.
 * Days with fewer than half their samples present are NaN.
 *
 * @param peaks the largest sample of each day, oldest first
 * @param means the mean sample of each day, oldest first
 */
public record DailyLevels(double[] peaks, double[] means) {
  public static DailyLevels of(double[] values, int samplesPerDay) {
    int days = values.length / samplesPerDay;
    double[] peaks = new double[days];
    double[] means = new double[days];
    int end = values.length;
    for (int d = days - 1; d >= 0; d--, end -= samplesPerDay) {
      double max = Double.NEGATIVE_INFINITY;
      double sum = 0;
      int present = 0;
      for (int i = end - samplesPerDay; i < end; i++) {
        double v = values[i];
        if (v == v) {
          max = Math.max(max, v);
          sum += v;
          present++;
        }
      }
      boolean enough = present * 2 >= samplesPerDay;
      peaks[d] = enough ? max : Double.NaN;
      means[d] = enough ? sum / present : Double.NaN;
    }
    return new DailyLevels(peaks, means);
  }
}
