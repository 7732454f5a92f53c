package dev.fleetscope.engine.stats;

/**
 * Per-day peaks or means of a sample array, days counted back from its end so that the newest day
 * is whole. Days with fewer than half their samples present are NaN. The loops keep four
 * independent accumulators so that they run at the speed of memory rather than of one
 * floating-point dependency chain.
 */
public final class DailyLevels {
  private DailyLevels() {}

  /**
   * @param days the largest sample of each whole day, oldest first
   * @param max the largest sample of all, the oldest partial day included; NaN when there is none
   */
  public record Peaks(double[] days, double max) {}

  public static Peaks peaks(double[] values, int samplesPerDay) {
    int days = values.length / samplesPerDay;
    double[] peaks = new double[days];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < values.length - days * samplesPerDay; i++) {
      max = values[i] > max ? values[i] : max;
    }
    for (int d = 0; d < days; d++) {
      int from = values.length - (days - d) * samplesPerDay;
      int to = from + samplesPerDay;
      double m0 = Double.NEGATIVE_INFINITY;
      double m1 = m0;
      double m2 = m0;
      double m3 = m0;
      int present = 0;
      int i = from;
      for (; i + 3 < to; i += 4) {
        double a = values[i];
        double b = values[i + 1];
        double c = values[i + 2];
        double e = values[i + 3];
        // NaN compares false, so a missing sample never becomes the peak.
        m0 = a > m0 ? a : m0;
        m1 = b > m1 ? b : m1;
        m2 = c > m2 ? c : m2;
        m3 = e > m3 ? e : m3;
        present += (a == a ? 1 : 0) + (b == b ? 1 : 0) + (c == c ? 1 : 0) + (e == e ? 1 : 0);
      }
      for (; i < to; i++) {
        double a = values[i];
        m0 = a > m0 ? a : m0;
        present += a == a ? 1 : 0;
      }
      double peak = Math.max(Math.max(m0, m1), Math.max(m2, m3));
      max = Math.max(max, peak);
      peaks[d] = present * 2 >= samplesPerDay ? peak : Double.NaN;
    }
    return new Peaks(peaks, max == Double.NEGATIVE_INFINITY ? Double.NaN : max);
  }

  /** The mean sample of each whole day, oldest first. */
  public static double[] means(double[] values, int samplesPerDay) {
    int days = values.length / samplesPerDay;
    double[] means = new double[days];
    for (int d = 0; d < days; d++) {
      int from = values.length - (days - d) * samplesPerDay;
      int to = from + samplesPerDay;
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      int present = 0;
      int i = from;
      for (; i + 3 < to; i += 4) {
        double a = values[i];
        double b = values[i + 1];
        double c = values[i + 2];
        double e = values[i + 3];
        s0 += a == a ? a : 0;
        s1 += b == b ? b : 0;
        s2 += c == c ? c : 0;
        s3 += e == e ? e : 0;
        present += (a == a ? 1 : 0) + (b == b ? 1 : 0) + (c == c ? 1 : 0) + (e == e ? 1 : 0);
      }
      for (; i < to; i++) {
        double a = values[i];
        s0 += a == a ? a : 0;
        present += a == a ? 1 : 0;
      }
      means[d] = present * 2 >= samplesPerDay ? (s0 + s1 + s2 + s3) / present : Double.NaN;
    }
    return means;
  }
}
