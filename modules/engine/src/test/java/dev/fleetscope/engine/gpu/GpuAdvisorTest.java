package dev.fleetscope.engine.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.NodeGpus;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GpuAdvisorTest {
  private static final long GIB = 1L << 30;
  private static final List<MigProfile> A100_80 =
      MigProfiles.of(NodeGpus.whole("NVIDIA A100-SXM4-80GB", 8, 80 * GIB));

  @Test
  void anUnpartitionedA100OffersTheStandardProfiles() {
    assertEquals(
        List.of("1g.10gb", "2g.20gb", "3g.40gb", "4g.40gb", "7g.80gb"),
        A100_80.stream().map(MigProfile::name).toList());
    assertEquals(List.of(), MigProfiles.of(NodeGpus.whole("Tesla T4", 1, 16 * GIB)));
  }

  @Test
  void aMostlyIdleWholeGpuFitsTheSmallestSliceThatHoldsItsFramebuffer() {
    // Busy 10% at p95 (1/7 = 14% is a 1g slice) but 12 GiB of framebuffer (13.2 GiB with 10%
    // headroom): 1g.10gb
    // holds 10 GB, 2g.20gb holds 20 GB.
    GpuUsage usage =
        new GpuUsage(
            new double[0],
            constant(100, 0.10),
            constant(100, 12.0 * GIB),
            new GpuAllocation.Whole(1),
            80 * GIB,
            A100_80);
    GpuAdvice advice = GpuAdvisor.advise(usage).orElseThrow();
    assertEquals(new GpuAllocation.Mig(MigProfile.parse("2g.20gb"), 1), advice.suggested());
    assertEquals(1 - 2 / 7.0, advice.gpusSaved(usage.allocation()), 1e-12);
    assertTrue(advice.summary().startsWith("GPU mostly idle"), advice.summary());
  }

  @Test
  void usesEngineActivityBecauseGpuUtilReadsZeroOnMigSlices() {
    GpuAllocation slice = new GpuAllocation.Mig(MigProfile.parse("3g.40gb"), 1);
    GpuUsage unprofiled =
        new GpuUsage(constant(100, 0), new double[0], constant(100, GIB), slice, 80 * GIB, A100_80);
    GpuAdvice advice = GpuAdvisor.advise(unprofiled).orElseThrow();
    assertEquals(slice, advice.suggested());
    assertTrue(advice.summary().contains("DCGM_FI_PROF_GR_ENGINE_ACTIVE"), advice.summary());
  }

  @Test
  void aGpuThatCannotBePartitionedIsTimeSliced() {
    // A T4 busy 20% with 2 GiB: a quarter covers both (0.25 >= 0.2, 4 GiB >= 2.2 GiB).
    GpuUsage usage =
        new GpuUsage(
            constant(100, 0.2),
            new double[0],
            constant(100, 2.0 * GIB),
            new GpuAllocation.Whole(1),
            16 * GIB,
            List.of());
    assertEquals(
        new GpuAllocation.Shared(0.25), GpuAdvisor.advise(usage).orElseThrow().suggested());
  }

  @Test
  void aBusyGpuKeepsItsAllocation() {
    GpuUsage usage =
        new GpuUsage(
            constant(100, 0.9),
            new double[0],
            constant(100, 60.0 * GIB),
            new GpuAllocation.Whole(1),
            80 * GIB,
            A100_80);
    GpuAdvice advice = GpuAdvisor.advise(usage).orElseThrow();
    assertEquals(new GpuAllocation.Whole(1), advice.suggested());
    assertTrue(advice.summary().startsWith("GPU well used"), advice.summary());
  }

  @Test
  void noAdviceWithoutAGpu() {
    GpuUsage usage =
        new GpuUsage(new double[0], new double[0], new double[0], GpuAllocation.NONE, 0, List.of());
    assertTrue(GpuAdvisor.advise(usage).isEmpty());
  }

  private static double[] constant(int n, double value) {
    double[] values = new double[n];
    Arrays.fill(values, value);
    return values;
  }
}
