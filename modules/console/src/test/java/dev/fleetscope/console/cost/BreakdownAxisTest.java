package dev.fleetscope.console.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BreakdownAxisTest {
  @Test
  void stepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
    assertEquals(50_000, BreakdownPane.roundStep(37_028), 1e-9); // 185,140 USD in five steps
    assertEquals(20_000, BreakdownPane.roundStep(20_000), 1e-9);
    assertEquals(25, BreakdownPane.roundStep(21), 1e-9);
    assertEquals(100, BreakdownPane.roundStep(51), 1e-9);
    assertEquals(0.2, BreakdownPane.roundStep(0.15), 1e-12);
  }
}
