package dev.fleetscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitPricesTest {
  private static final long GIB = 1L << 30;

  @Test
  void cpuOnlyNodesFixCoreAndGibPricesAtTheDefaultRatio() {
    // 4 cores + 16 GiB at the defaults cost 4 * 0.031611 + 16 * 0.004237 = 0.194236 an hour; the
    // node costs
    // 0.192, so both prices scale by 0.192 / 0.194236.
    UnitPrices prices = UnitPrices.of(cluster(node("cpu", 4, 16, 0, 0.192)));
    double scale = 0.192 / 0.194236;
    assertEquals(0.031611 * scale, prices.coreHour(), 1e-12);
    assertEquals(0.004237 * scale, prices.gibHour(), 1e-12);
    assertEquals(4 * prices.coreHour() + 16 * prices.gibHour(), 0.192, 1e-12);
  }

  @Test
  void aGpuCostsWhatGpuNodesCostBeyondTheirCoresAndMemory() {
    // GPU node: 8 cores, 64 GiB, 1 GPU at 3.00 an hour; cores and memory at the CPU node's prices
    // cost
    // (8 * 0.031611 + 64 * 0.004237) * scale, the GPU the rest.
    UnitPrices prices =
        UnitPrices.of(cluster(node("cpu", 4, 16, 0, 0.192), node("gpu", 8, 64, 1, 3.0)));
    double scale = 0.192 / 0.194236;
    assertEquals(3.0 - (8 * 0.031611 + 64 * 0.004237) * scale, prices.gpuHour(), 1e-12);
  }

  @Test
  void withoutCpuOnlyNodesAllThreeDefaultsScaleToTheNodes() {
    // 8 cores + 64 GiB + 1 GPU at the defaults: 0.252888 + 0.271168 + 0.95 = 1.474056; the node
    // costs twice that.
    UnitPrices prices = UnitPrices.of(cluster(node("gpu", 8, 64, 1, 2.948112)));
    assertEquals(0.031611 * 2, prices.coreHour(), 1e-12);
    assertEquals(0.95 * 2, prices.gpuHour(), 1e-12);
  }

  @Test
  void aMonthIs730Hours() {
    assertEquals(
        (2 * 0.031611 + 4 * 0.004237 + 0.5 * 0.95) * 730,
        UnitPrices.DEFAULT.perMonth(2, 4.0 * GIB, 0.5),
        1e-9);
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
