package dev.fleetscope.console.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.console.BoardLines;
import dev.fleetscope.console.DataAge;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallDataAge;
import dev.fleetscope.cost.allocation.ClusterCost;
import dev.fleetscope.cost.allocation.PartCost;
import dev.fleetscope.cost.allocation.WorkloadCost;
import dev.fleetscope.cost.billing.CostMeasure;
import dev.fleetscope.cost.billing.MonthOutlook;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.runtime.cost.AllocationSummary;
import dev.fleetscope.runtime.cost.BillingPicture;
import dev.fleetscope.runtime.cost.Breakdown;
import dev.fleetscope.runtime.cost.BreakdownRow;
import dev.fleetscope.runtime.cost.CostActivity;
import dev.fleetscope.runtime.cost.CostDimension;
import dev.fleetscope.runtime.cost.CostState;
import dev.fleetscope.runtime.cost.SavingsEstimate;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the wall's cost board says, from a bill and an allocation the test writes. */
class CostBoardTest {
  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static final WallDataAge FLEET = new WallDataAge("data 3 s ago", DataAge.FRESH);

  @Test
  void theForecastLeadsAndHighIdleCapacityComesFirst() {
    Picture picture = CostBoard.picture(state(0.6), now -> FLEET);

    assertEquals("391,289 USD forecast for December 2026", picture.headline());
    assertEquals(
        List.of(
            "Idle node capacity | 60% | WARNING",
            "Month to date | 75,414 USD | INFO",
            "Run rate | 12,635 USD/day | INFO",
            "gke-train-usc1 | 68% | INFO"),
        BoardLines.of(picture));
    assertEquals(
        "largest cluster · 51,571 USD for Dec 1–6, 2026", picture.items().get(3).caption());
    assertEquals("data 3 s ago", picture.items().getFirst().age().apply(NOW).text());
    assertEquals("bill through 6 Dec", picture.items().get(1).age().apply(NOW).text());
    assertEquals(
        "demo billing export · bill through 6 Dec",
        picture.footnote() + " · " + picture.age().apply(NOW).text());
  }

  @Test
  void lowIdleCapacityFollowsWhatTheBillSays() {
    List<String> subjects =
        CostBoard.picture(state(0.1), now -> FLEET).items().stream().map(i -> i.subject()).toList();
    assertEquals(
        List.of("Month to date", "Run rate", "Idle node capacity", "gke-train-usc1"), subjects);
  }

  @Test
  void theBillTurnsAmberThenRedAsItsExportFallsBehind() {
    BillingPicture bill = bill();
    assertEquals(DataAge.FRESH, CostBoard.billAge(bill, NOW).level()); // through yesterday
    assertEquals(DataAge.AMBER, CostBoard.billAge(bill, NOW.plus(Duration.ofDays(2))).level());
    assertEquals(DataAge.RED, CostBoard.billAge(bill, NOW.plus(Duration.ofDays(4))).level());
  }

  @Test
  void withoutABillTheBoardSaysWhyAndWhatTheNodesCost() {
    CostState state = state(0.1);
    CostState noBill =
        new CostState(
            CostDimension.CLUSTER,
            Optional.empty(),
            "needs a billing export",
            state.allocation(),
            Breakdown.none(CostDimension.CLUSTER, "no bill"),
            new SavingsEstimate.Waiting("waiting for the fleet"),
            List.of(),
            "",
            CostActivity.NONE);
    Picture picture = CostBoard.picture(noBill, now -> FLEET);
    assertEquals("Node cost 100.00 USD/hour", picture.headline());
    assertEquals("needs a billing export", picture.footnote());
    assertEquals(
        List.of("Idle node capacity"), picture.items().stream().map(i -> i.subject()).toList());
  }

  /** 100 USD an hour of nodes, {@code idle} of it requested by no workload. */
  private static CostState state(double idle) {
    WorkloadCost workload =
        new WorkloadCost(
            new WorkloadRef("gke-train-usc1", "ml", WorkloadKind.DEPLOYMENT, "trainer"),
            "ml",
            Optional.empty(),
            new PartCost(100 * (1 - idle), 0, 0));
    AllocationSummary allocation =
        AllocationSummary.of(
            List.of(
                new ClusterCost(
                    "gke-train-usc1",
                    USD,
                    List.of(workload),
                    Map.of("node-1", new PartCost(100 * idle, 0, 0)))),
            USD);
    Breakdown breakdown =
        new Breakdown(
            CostDimension.CLUSTER,
            "billing export (FOCUS), effective cost",
            Optional.of(USD),
            "Dec 1–6, 2026",
            false,
            List.of(
                new BreakdownRow("gke-train-usc1", 51_571, 0.68, false, ""),
                new BreakdownRow("aks-ds-weu", 23_843, 0.32, false, "")),
            Optional.empty());
    return new CostState(
        CostDimension.CLUSTER,
        Optional.of(bill()),
        "",
        Optional.of(allocation),
        breakdown,
        new SavingsEstimate.Computing(0.5),
        List.of(),
        "",
        CostActivity.NONE);
  }

  private static BillingPicture bill() {
    MonthOutlook outlook =
        new MonthOutlook(
            YearMonth.of(2026, 12),
            Optional.of(LocalDate.of(2026, 12, 6)),
            USD,
            CostMeasure.EFFECTIVE,
            new BigDecimal("75414"),
            new BigDecimal("12635"),
            new BigDecimal("391289"));
    return new BillingPicture("demo billing export", true, outlook, false, List.of());
  }
}
