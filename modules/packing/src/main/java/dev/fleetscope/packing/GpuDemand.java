package dev.fleetscope.packing;

/**
 * What a pod asks of GPUs: none, whole devices (of a GPU family such as {@code A100}, or of any
 * family when the family is empty), or slices of one MIG profile such as {@code 1g.10gb}.
 */
public sealed interface GpuDemand {
  GpuDemand NONE = new None();

  static GpuDemand whole(int count, String family) {
    return count == 0 ? NONE : new Whole(count, family);
  }

  record None() implements GpuDemand {}

  /** {@code nvidia.com/gpu: count}, on a node whose GPUs are of {@code family} (any when empty). */
  record Whole(int count, String family) implements GpuDemand {
    public Whole {
      if (count < 1) {
        throw new IllegalArgumentException(
            "a whole-GPU demand needs at least one GPU, was " + count);
      }
      family = GpuFamilies.family(family);
    }
  }

  /** {@code nvidia.com/mig-<profile>: count}. */
  record Mig(String profile, int count) implements GpuDemand {
    public Mig {
      if (count < 1) {
        throw new IllegalArgumentException("a MIG demand needs at least one slice, was " + count);
      }
    }
  }
}
