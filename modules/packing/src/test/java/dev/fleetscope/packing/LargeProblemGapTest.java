package dev.fleetscope.packing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * On large problems no optimum can be computed: the packer is compared with the lower bound, and
 * the gap asserted is the one {@code docs/packing.md} states.
 */
class LargeProblemGapTest {
  /** The packer's cost stays within this share above the lower bound on the large problems. */
  static final double DOCUMENTED_GAP = 0.05;

  @Test
  void packingOfThousandsOfPodsStaysCloseToTheLowerBound() {
    Packer packer = new Packer();
    for (long seed = 1; seed <= 3; seed++) {
      PackingProblem problem = RandomProblems.large(seed, 3_000, 25);
      Packing packing = packer.pack(problem);
      LowerBound bound = LowerBound.of(problem);

      assertEquals(List.of(), NodeCheck.check(problem, packing));
      double gap = bound.gap(packing);
      System.out.printf(
          Locale.ROOT,
          "large problem %d: %d pods, %d nodes, %.2f/h, bound %.2f/h, gap %.2f %%%n",
          seed,
          problem.pods().size(),
          packing.nodes().size(),
          packing.costPerHour(),
          bound.costPerHour(),
          100 * gap);
      assertTrue(gap <= DOCUMENTED_GAP, () -> "gap " + gap);
    }
  }
}
