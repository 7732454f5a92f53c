package dev.fleetscope.engine.gpu;

import dev.fleetscope.engine.stats.LinearPercentile;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.Units;
import java.util.Optional;

/**
 * Says when a container's GPU is mostly idle and what would fit: the smallest MIG profile (or, on
 * GPUs that cannot be partitioned, the smallest time-sliced share of 1/8, 1/4 or 1/2) whose compute
 * covers the 95th percentile of activity and whose framebuffer holds the peak plus 10%.
 *
 * <p>Activity is {@code DCGM_FI_PROF_GR_ENGINE_ACTIVE} when the exporter has it, because on a MIG
 * slice {@code GPU_UTIL} reads 0; on a slice without it the advice says the slice cannot be judged.
 */
public final class GpuAdvisor {
  static final double WELL_USED = 0.5;
  static final double IDLE = 0.05;
  static final double FRAMEBUFFER_HEADROOM = 1.1;
  private static final double[] SHARES = {0.125, 0.25, 0.5};

  private GpuAdvisor() {}

  public static Optional<GpuAdvice> advise(GpuUsage usage) {
    GpuAllocation current = usage.allocation();
    if (current instanceof GpuAllocation.None) {
      return Optional.empty();
    }
    double peak = max(usage.framebufferBytes());
    boolean profiled = hasSamples(usage.engineActive());
    if (!profiled && current instanceof GpuAllocation.Mig) {
      return Optional.of(
          new GpuAdvice(
              Double.NaN,
              peak,
              current,
              "MIG slice: GPU_UTIL reads 0 there; export DCGM_FI_PROF_GR_ENGINE_ACTIVE to judge its use"));
    }
    double busy = LinearPercentile.of(profiled ? usage.engineActive() : usage.utilization(), 95);
    if (Double.isNaN(busy)) {
      return Optional.of(
          new GpuAdvice(
              Double.NaN, peak, current, "No GPU activity samples: cannot judge its use"));
    }
    String measured =
        "busy "
            + Units.percent(busy)
            + " at p95, framebuffer peak "
            + Units.bytes(peak == peak ? peak : 0)
            + " of "
            + Units.bytes(usage.deviceMemoryBytes());
    if (busy >= WELL_USED) {
      return Optional.of(new GpuAdvice(busy, peak, current, "GPU well used (" + measured + ")"));
    }
    double compute = busy * current.gpuEquivalent();
    double memory = (peak == peak ? peak : 0) * FRAMEBUFFER_HEADROOM;
    GpuAllocation fit = fit(compute, memory, usage);
    String state = busy < IDLE ? "GPU idle" : "GPU mostly idle";
    if (fit.gpuEquivalent() >= current.gpuEquivalent()) {
      return Optional.of(
          new GpuAdvice(
              busy,
              peak,
              current,
              state + " (" + measured + "), but nothing smaller holds its framebuffer"));
    }
    return Optional.of(
        new GpuAdvice(
            busy, peak, fit, state + " (" + measured + "): " + describe(fit) + " would fit"));
  }

  static GpuAllocation fit(double compute, double memory, GpuUsage usage) {
    for (MigProfile profile : usage.migProfiles()) {
      if (profile.gpuFraction() >= compute && profile.memoryBytes() >= memory) {
        return new GpuAllocation.Mig(profile, 1);
      }
    }
    if (usage.migProfiles().isEmpty()) {
      for (double share : SHARES) {
        if (share >= compute && share * usage.deviceMemoryBytes() >= memory) {
          return new GpuAllocation.Shared(share);
        }
      }
    }
    int whole =
        (int)
            Math.max(
                1, Math.ceil(Math.max(compute, memory / Math.max(1, usage.deviceMemoryBytes()))));
    return new GpuAllocation.Whole(whole);
  }

  static String describe(GpuAllocation allocation) {
    return switch (allocation) {
      case GpuAllocation.Mig mig -> "a " + mig.profile().name() + " MIG slice";
      case GpuAllocation.Shared shared ->
          "a " + Units.percent(shared.share()) + " time-sliced share";
      case GpuAllocation.Whole whole -> Units.gpus(whole.count());
      case GpuAllocation.None none -> "no GPU";
    };
  }

  private static boolean hasSamples(double[] values) {
    for (double v : values) {
      if (v == v) {
        return true;
      }
    }
    return false;
  }

  private static double max(double[] values) {
    double max = Double.NaN;
    for (double v : values) {
      if (v == v && !(v <= max)) {
        max = v;
      }
    }
    return max;
  }
}
