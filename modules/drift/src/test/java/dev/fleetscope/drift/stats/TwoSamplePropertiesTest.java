package dev.fleetscope.drift.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class TwoSamplePropertiesTest {

  private static double[] sorted(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  @Property(tries = 200)
  void ksIsSymmetricAndItsPValueIsAProbability(
      @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = -5, max = 5) Double> a,
      @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = -5, max = 5) Double> b) {
    var ab = KolmogorovSmirnov.twoSample(sorted(a), sorted(b));
    var ba = KolmogorovSmirnov.twoSample(sorted(b), sorted(a));
    assertEquals(ab.statistic(), ba.statistic());
    assertEquals(ab.pValue(), ba.pValue());
    assertTrue(ab.pValue() >= 0 && ab.pValue() <= 1);
  }

  @Property(tries = 200)
  void wassersteinOfAShiftedCopyIsTheShift(
      @ForAll @Size(min = 1, max = 80) List<@DoubleRange(min = -100, max = 100) Double> a,
      @ForAll @DoubleRange(min = 0, max = 10) double shift) {
    double[] u = sorted(a);
    double[] v = u.clone();
    for (int i = 0; i < v.length; i++) {
      v[i] = u[i] + shift;
    }
    assertEquals(shift, Wasserstein.distance(u, v), 1e-9);
    assertEquals(Wasserstein.distance(u, v), Wasserstein.distance(v, u), 1e-12);
  }
}
