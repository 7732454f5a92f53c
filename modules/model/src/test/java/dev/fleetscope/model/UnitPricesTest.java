package dev.fleetscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitPricesTest {
  private static final long GIB = 1L << 30;

  private static Node node(String type, int cores, long gib, NodeGpus gpus, double price) {
    Resources capacity = Resources.of(cores, gib * GIB);
    return new Node(type + "-1", type, "zone-a", capacity, capacity, gpus, HourlyPrice.usd(price));
  }

  @Test
  void splitsCpuNodePricesAtTheDocumentedRatioAndGivesTheRestOfGpuNodesToTheirGpus() {
    // m6i.4xlarge: 16 cores + 64 GiB at 0.768 USD/h -> 16 + 64/7.46 = 24.579 core-equivalents ->
    // 0.031246 per core-hour.
    Node cpu = node("m6i.4xlarge", 16, 64, NodeGpus.NONE, 0.768);
    // g5.2xlarge: 8 cores + 32 GiB + 1 GPU at 1.212 USD/h -> GPU share = 1.212 - 8*0.031246 -
    // 32*0.0041885 = 0.82806.
    Node gpu = node("g5.2xlarge", 8, 32, NodeGpus.whole("NVIDIA A10G", 1, 24 * GIB), 1.212);
    Cluster cluster =
        new Cluster("c", Provider.AWS, "us-east-1", "test", List.of(cpu, gpu), List.of());
    UnitPrices prices = UnitPrices.of(cluster);
    assertEquals(0.768 / (16 + 64 / 7.46), prices.perCoreHour(), 1e-12);
    assertEquals(prices.perCoreHour() / 7.46, prices.perGibHour(), 1e-12);
    assertEquals(
        1.212 - 8 * prices.perCoreHour() - 32 * prices.perGibHour(), prices.perGpuHour(), 1e-12);
    assertEquals(
        0.768, prices.hourly(16, 64 * GIB, 0), 1e-12, "a CPU node's resources add up to its price");
  }

  @Test
  void usesOpenCostDefaultsWithoutCpuOnlyNodes() {
    Node gpu = node("a2-highgpu-1g", 12, 85, NodeGpus.whole("A100", 1, 40 * GIB), 3.673);
    UnitPrices prices =
        UnitPrices.of(
            new Cluster("c", Provider.GCP, "us-central1", "test", List.of(gpu), List.of()));
    assertEquals(0.031611, prices.perCoreHour(), 1e-12);
  }
}
