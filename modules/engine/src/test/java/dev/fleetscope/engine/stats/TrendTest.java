package dev.fleetscope.engine.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TrendTest {

  @Test
  void findsFivePercentDailyGrowthDespiteNoise() {
    // 100 * 1.05^d with +-2% wobble on alternate days.
    double[] peaks = new double[10];
    for (int d = 0; d < peaks.length; d++) {
      peaks[d] = 100 * Math.pow(1.05, d) * (d % 2 == 0 ? 1.02 : 0.98);
    }
    assertEquals(0.05, Trend.of(peaks).perDay(), 0.005);
  }

  @Test
  void ignoresAWarmUpThatLevelsOff() {
    double[] peaks = {50, 90, 100, 101, 99, 100, 102, 98, 100, 101};
    assertFalse(Trend.of(peaks).growing());
  }

  @Test
  void ignoresAWeeklyCycle() {
    double[] peaks = {100, 104, 103, 105, 102, 80, 78, 101, 103, 104};
    assertFalse(Trend.of(peaks).growing());
  }

  @Test
  void needsFourDays() {
    assertFalse(Trend.of(new double[] {100, 110, 121}).growing());
  }

  @Test
  void neverProjectsAFall() {
    assertFalse(Trend.of(new double[] {100, 95, 90, 86, 81, 77}).growing());
  }
}
