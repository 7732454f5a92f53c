package dev.fleetscope.model;

/** What a container asks of GPUs: nothing, whole devices, a MIG slice, or a time-sliced share. */
public sealed interface GpuAllocation {
  /**
   * How much of one physical GPU this amounts to; what cost and idle capacity are computed from.
   */
  double gpuEquivalent();

  GpuAllocation NONE = new None();

  record None() implements GpuAllocation {
    @Override
    public double gpuEquivalent() {
      return 0;
    }
  }

  /** {@code nvidia.com/gpu: count}. */
  record Whole(int count) implements GpuAllocation {
    public Whole {
      if (count < 1) {
        throw new IllegalArgumentException(
            "a whole-GPU request needs at least one GPU, was " + count);
      }
    }

    @Override
    public double gpuEquivalent() {
      return count;
    }
  }

  /** {@code nvidia.com/mig-<profile>: count}. */
  record Mig(MigProfile profile, int count) implements GpuAllocation {
    @Override
    public double gpuEquivalent() {
      return profile.gpuFraction() * count;
    }
  }

  /**
   * A time-sliced or fractional share of one GPU (0 &lt; share &lt; 1), as GPU sharing plugins
   * grant it.
   */
  record Shared(double share) implements GpuAllocation {
    public Shared {
      if (!(share > 0 && share < 1)) {
        throw new IllegalArgumentException(
            "a shared GPU is a fraction between 0 and 1, was " + share);
      }
    }

    @Override
    public double gpuEquivalent() {
      return share;
    }
  }
}
