package dev.fleetscope.packing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packer against the exhaustive optimum on 400 small problems with every kind of constraint (up
 * to 7 pods, 3 types). The factor asserted here is the one {@code docs/packing.md} states.
 */
class BruteForceTest {
  /** The packer's cost never exceeds the optimum by more than this factor on small problems. */
  static final double DOCUMENTED_FACTOR = 1.10;

  @Test
  void packerIsWithinTheDocumentedFactorOfTheOptimumAndOftenOptimal() {
    Packer packer = new Packer();
    int compared = 0;
    int optimal = 0;
    double worst = 1;
    double ratioSum = 0;
    for (long seed = 1; seed <= 400; seed++) {
      PackingProblem problem = RandomProblems.constrained(seed, 7, 3);
      Packing packing = packer.pack(problem);
      Set<String> unplaced =
          packing.unplaced().stream().map(Unplaced::pod).collect(Collectors.toSet());
      List<PodRequest> placed =
          problem.pods().stream().filter(p -> !unplaced.contains(p.name())).toList();
      double optimum = new BruteForce(problem).optimum(placed);
      double cost = packing.costPerHour();
      long s = seed;
      assertTrue(cost >= optimum - 1e-9, () -> "seed " + s + ": below the optimum " + optimum);
      assertTrue(
          LowerBound.of(problem).costPerHour() <= optimum + 1e-9,
          () -> "seed " + s + ": the lower bound exceeds the optimum");
      assertEquals(
          List.of(),
          problem.pods().stream()
              .filter(p -> unplaced.contains(p.name()))
              .filter(p -> new BruteForce(problem).optimum(List.of(p)) < Double.POSITIVE_INFINITY)
              .map(PodRequest::name)
              .toList(),
          "seed " + seed + ": pods left unplaced although a node could hold them");
      if (optimum > 0) {
        compared++;
        double ratio = cost / optimum;
        ratioSum += ratio;
        worst = Math.max(worst, ratio);
        if (ratio < 1 + 1e-9) {
          optimal++;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "brute force: %d problems, optimal %d (%.1f %%), mean ratio %.4f, worst %.4f%n",
        compared,
        optimal,
        100.0 * optimal / compared,
        ratioSum / compared,
        worst);
    double worstRatio = worst;
    assertTrue(
        worstRatio <= DOCUMENTED_FACTOR,
        () -> "worst ratio to the optimum " + worstRatio + " exceeds " + DOCUMENTED_FACTOR);
    assertTrue(optimal >= compared * 0.95, "optimal on " + optimal + " of " + compared);
  }
}
