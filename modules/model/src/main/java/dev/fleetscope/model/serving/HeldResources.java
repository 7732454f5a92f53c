package dev.fleetscope.model.serving;

/**
 * What a workload's pods requested, averaged over a window: a pod that ran half the window counts
 * half. What the cluster keeps reserved for the model, whether it is used or not.
 *
 * @param cores CPU cores requested
 * @param memoryBytes memory requested, in bytes
 * @param gpus GPUs held, in whole-GPU equivalents (a MIG slice counts its share of a GPU)
 */
public record HeldResources(double cores, double memoryBytes, double gpus) {
  public static final HeldResources NONE = new HeldResources(0, 0, 0);

  public HeldResources {
    if (!(cores >= 0)
        || !(memoryBytes >= 0)
        || !(gpus >= 0)
        || Double.isInfinite(cores)
        || Double.isInfinite(memoryBytes)
        || Double.isInfinite(gpus)) {
      throw new IllegalArgumentException(
          "held resources are finite and non-negative, were "
              + cores
              + " cores, "
              + memoryBytes
              + " bytes, "
              + gpus
              + " GPUs");
    }
  }

  /** This share (0..1) of the resources: a model's part of a workload that serves several. */
  public HeldResources times(double share) {
    return new HeldResources(cores * share, memoryBytes * share, gpus * share);
  }
}
