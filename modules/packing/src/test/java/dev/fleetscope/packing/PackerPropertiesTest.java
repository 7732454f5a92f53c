package dev.fleetscope.packing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PackerPropertiesTest {
  private final Packer packer = new Packer();

  @Provide
  Arbitrary<PackingProblem> problems() {
    return Arbitraries.longs().map(seed -> RandomProblems.constrained(seed, 40, 6));
  }

  @Property(tries = 300)
  void everyPackingRespectsEveryConstraintAndAccountsForEveryPod(
      @ForAll("problems") PackingProblem problem) {
    Packing packing = packer.pack(problem);

    assertEquals(List.of(), NodeCheck.check(problem, packing));
  }

  @Property(tries = 100)
  void theSameProblemGivesTheSamePacking(@ForAll("problems") PackingProblem problem) {
    assertEquals(packer.pack(problem), packer.pack(problem));
  }

  @Property(tries = 200)
  void noPackingCostsLessThanTheLowerBound(@ForAll("problems") PackingProblem problem) {
    double cost = packer.pack(problem).costPerHour();
    double bound = LowerBound.of(problem).costPerHour();

    assertTrue(cost >= bound - 1e-9, () -> "cost " + cost + " below the bound " + bound);
  }
}
