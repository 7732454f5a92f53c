package dev.fleetscope.model;

import java.util.List;

/**
 * The GPUs of a node: model, count and framebuffer per device, and, when the devices are
 * partitioned with MIG, the slices they are cut into (Kubernetes then advertises the slices instead
 * of whole GPUs).
 */
public record NodeGpus(String model, int count, long memoryBytesPerGpu, List<MigSlices> migSlices) {
  public static final NodeGpus NONE = new NodeGpus("", 0, 0, List.of());

  public NodeGpus {
    migSlices = List.copyOf(migSlices);
  }

  public static NodeGpus whole(String model, int count, long memoryBytesPerGpu) {
    return new NodeGpus(model, count, memoryBytesPerGpu, List.of());
  }

  public boolean migPartitioned() {
    return !migSlices.isEmpty();
  }

  /** A MIG profile and how many slices of it the node advertises. */
  public record MigSlices(MigProfile profile, int count) {}
}
