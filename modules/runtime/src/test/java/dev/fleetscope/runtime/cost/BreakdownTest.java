package dev.fleetscope.runtime.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BreakdownTest {
  @Test
  void ranksLargestFirstWithIdleLastAndSharesOfTheTotal() {
    List<BreakdownRow> rows =
        Breakdown.ranked(List.of(row("b", 20), row("idle", 50, true), row("a", 30)));
    assertEquals(List.of("a", "b", "idle"), rows.stream().map(BreakdownRow::key).toList());
    assertEquals(List.of(0.3, 0.2, 0.5), rows.stream().map(BreakdownRow::share).toList());
  }

  @Test
  void foldsTheSmallestIntoOtherButNeverIdle() {
    // Five groups of 40, 30, 20, 6, 4 and idle 100 (of 200), in a chart of four bars: two groups,
    // other, idle.
    Breakdown breakdown =
        new Breakdown(
            CostDimension.TEAM,
            "test",
            Optional.empty(),
            "month",
            true,
            Breakdown.ranked(
                List.of(
                    row("a", 40),
                    row("b", 30),
                    row("c", 20),
                    row("d", 6),
                    row("e", 4),
                    row("idle", 100, true))),
            Optional.empty());
    List<BreakdownRow> bars = breakdown.chartRows(4);
    assertEquals(
        List.of("a", "b", Breakdown.OTHER, "idle"), bars.stream().map(BreakdownRow::key).toList());
    assertEquals(30, bars.get(2).amount(), 1e-12); // 20 + 6 + 4
    assertEquals(0.15, bars.get(2).share(), 1e-12);
    assertEquals("3 more", bars.get(2).detail());
    assertEquals(breakdown.rows(), breakdown.chartRows(6));
  }

  private static BreakdownRow row(String key, double amount) {
    return row(key, amount, false);
  }

  private static BreakdownRow row(String key, double amount, boolean idle) {
    return new BreakdownRow(key, amount, 0, idle, "");
  }
}
