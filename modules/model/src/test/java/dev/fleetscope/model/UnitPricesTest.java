package dev.fleetscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitPricesTest {
  private static final long GIB = 1L << 30;
  // 4 cores + 16 GiB at OpenCost's defaults: 4 * 0.031611 + 16 * 0.004237 = 0.194236 an hour.
  private static final double SMALL_NODE_AT_DEFAULT = 0.194236;

  @Test
  void cpuOnlyNodesFixCoreAndGibPricesAtTheDefaultRatio() {
    // The node costs 0.192, so both prices scale by 0.192 / 0.194236.
    UnitPrices prices = UnitPrices.of(cluster(node("cpu", 4, 16, 0, 0.192)));
    double scale = 0.192 / SMALL_NODE_AT_DEFAULT;
    assertEquals(0.031611 * scale, prices.perCoreHour(), 1e-12);
    assertEquals(0.004237 * scale, prices.perGibHour(), 1e-12);
    assertEquals(0.192, prices.hourly(4, 16.0 * GIB, 0), 1e-12, "a node's resources add up");
  }

  @Test
  void pricesAllocatableCapacityNotTheHardware() {
    // 4 cores and 16 GiB of hardware, of which 3.5 cores and 14 GiB are allocatable: the node's
    // price is spread over what requests can be placed against.
    Resources capacity = Resources.of(4, 16 * GIB);
    Resources allocatable = new Resources(3.5, 14 * GIB);
    Node node =
        new Node("n", "t", "z", capacity, allocatable, NodeGpus.NONE, HourlyPrice.usd(0.192));
    UnitPrices prices = UnitPrices.of(cluster(node));
    assertEquals(0.192, prices.hourly(3.5, 14.0 * GIB, 0), 1e-12);
  }

  @Test
  void aGpuCostsWhatGpuNodesCostBeyondTheirCoresAndMemory() {
    // GPU node: 8 cores, 64 GiB, 1 GPU at 3.00 an hour; its cores and memory at the CPU node's
    // prices cost (8 * 0.031611 + 64 * 0.004237) * scale, the GPU the rest.
    UnitPrices prices =
        UnitPrices.of(cluster(node("cpu", 4, 16, 0, 0.192), node("gpu", 8, 64, 1, 3.0)));
    double scale = 0.192 / SMALL_NODE_AT_DEFAULT;
    assertEquals(3.0 - (8 * 0.031611 + 64 * 0.004237) * scale, prices.perGpuHour(), 1e-12);
    assertEquals(3.0, prices.hourly(8, 64.0 * GIB, 1), 1e-12, "the GPU node adds up too");
  }

  @Test
  void aGpuNodeCheaperThanItsCoresAndMemoryLeavesItsGpusFree() {
    UnitPrices prices =
        UnitPrices.of(cluster(node("cpu", 4, 16, 0, 0.192), node("gpu", 8, 64, 1, 0.1)));
    assertEquals(0, prices.perGpuHour());
  }

  @Test
  void withoutCpuOnlyNodesAllThreeDefaultsScaleToTheNodes() {
    // 8 cores + 64 GiB + 1 GPU at the defaults: 0.252888 + 0.271168 + 0.95 = 1.474056; the node
    // costs twice that.
    UnitPrices prices = UnitPrices.of(cluster(node("gpu", 8, 64, 1, 2.948112)));
    assertEquals(0.031611 * 2, prices.perCoreHour(), 1e-12);
    assertEquals(0.004237 * 2, prices.perGibHour(), 1e-12);
    assertEquals(0.95 * 2, prices.perGpuHour(), 1e-12);
  }

  @Test
  void withoutGpuNodesAGpuIsTheDefaultGpuPriceScaledLikeTheCores() {
    UnitPrices prices = UnitPrices.of(cluster(node("cpu", 4, 16, 0, 0.192)));
    assertEquals(0.95 * 0.192 / SMALL_NODE_AT_DEFAULT, prices.perGpuHour(), 1e-12);
  }

  @Test
  void aClusterWithoutNodesGetsTheDefaultsAndOneInEurosKeepsItsCurrency() {
    assertEquals(UnitPrices.DEFAULT, UnitPrices.of(cluster()));
    Resources r = Resources.of(4, 16 * GIB);
    Currency eur = Currency.getInstance("EUR");
    Node node = new Node("n", "t", "z", r, r, NodeGpus.NONE, new HourlyPrice(0.2, eur));
    assertEquals(eur, UnitPrices.of(cluster(node)).currency());
  }

  @Test
  void aMonthIs730Hours() {
    assertEquals(
        (2 * 0.031611 + 4 * 0.004237 + 0.5 * 0.95) * 730,
        UnitPrices.DEFAULT.perMonth(2, 4.0 * GIB, 0.5),
        1e-9);
  }

  @Test
  void refusesNegativeOrEndlessPricesNamingThem() {
    var negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> new UnitPrices(-0.01, 0.004, 0.95, HourlyPrice.USD));
    assertTrue(negative.getMessage().contains("-0.01 per core-hour"), negative.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new UnitPrices(0.03, Double.NaN, 0.95, HourlyPrice.USD));
    assertThrows(
        IllegalArgumentException.class,
        () -> new UnitPrices(0.03, 0.004, Double.POSITIVE_INFINITY, HourlyPrice.USD));
  }

  private static Cluster cluster(Node... nodes) {
    return new Cluster("c", Provider.AWS, "us-east-1", "test", List.of(nodes), List.of());
  }

  private static Node node(String name, double cores, long gib, int gpus, double price) {
    Resources r = new Resources(cores, gib * GIB);
    return new Node(
        name,
        "t",
        "z",
        r,
        r,
        gpus == 0 ? NodeGpus.NONE : NodeGpus.whole("A100", gpus, 80 * GIB),
        HourlyPrice.usd(price));
  }
}
