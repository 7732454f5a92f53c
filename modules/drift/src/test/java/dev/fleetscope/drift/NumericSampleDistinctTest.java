package dev.fleetscope.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Choosing a test stops counting distinct values early, and answers as the full count would. */
class NumericSampleDistinctTest {
  @Test
  void moreDistinctThanAgreesWithTheFullCount() {
    Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      int values = 1 + random.nextInt(30); // 1 to 30 distinct values, shared or not by the windows
      double[] reference = draw(random, values, random.nextInt(50));
      double[] current = draw(random, values, random.nextInt(50));
      int k = random.nextInt(25);
      boolean expected = NumericSample.of(reference, current).uniqueCount() > k;
      assertEquals(
          expected,
          NumericSample.of(reference, current).moreDistinctThan(k),
          values + " values, k " + k);
    }
  }

  private static double[] draw(Random random, int values, int size) {
    double[] out = new double[size];
    for (int i = 0; i < size; i++) {
      out[i] = random.nextInt(values) - values / 2.0;
    }
    return out;
  }
}
