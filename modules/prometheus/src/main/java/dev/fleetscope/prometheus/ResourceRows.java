package dev.fleetscope.prometheus;

import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.Resources;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads kube-state-metrics' {@code resource} label ({@code cpu}, {@code memory}, {@code
 * nvidia_com_gpu}, {@code nvidia_com_mig_1g_10gb}) into the model's units, one row at a time.
 */
final class ResourceRows {
  static final String GPU = "nvidia_com_gpu";
  private static final Pattern MIG = Pattern.compile("nvidia_com_mig_(\\d+g)_(\\d+gb)");

  private double cpu;
  private long memory;
  private boolean hasCpu;
  private boolean hasMemory;
  private int gpus;
  private GpuAllocation mig = GpuAllocation.NONE;

  /**
   * Takes one row of {@code kube_pod_container_resource_*} or {@code kube_node_status_*}; the
   * larger value wins.
   */
  void add(Row row) {
    String resource = row.label("resource");
    double value = row.value();
    switch (resource) {
      case "cpu" -> {
        cpu = Math.max(cpu, value);
        hasCpu = true;
      }
      case "memory" -> {
        memory = Math.max(memory, (long) Math.ceil(value));
        hasMemory = true;
      }
      case GPU -> gpus = Math.max(gpus, (int) Math.round(value));
      default ->
          migProfile(resource)
              .filter(p -> value >= 1)
              .ifPresent(p -> mig = new GpuAllocation.Mig(p, (int) Math.round(value)));
    }
  }

  /** Requests: what is unset is zero. */
  Resources asRequests() {
    return Resources.of(cpu, memory);
  }

  /** Limits: what is unset is unbounded. */
  Resources asLimits() {
    return Resources.of(
        hasCpu ? cpu : Double.POSITIVE_INFINITY, hasMemory ? memory : Long.MAX_VALUE);
  }

  GpuAllocation gpu() {
    return gpus >= 1 ? new GpuAllocation.Whole(gpus) : mig;
  }

  int wholeGpus() {
    return gpus;
  }

  /**
   * {@code nvidia_com_mig_1g_10gb} is MIG profile {@code 1g.10gb}; profiles the model cannot
   * express are skipped.
   */
  static Optional<MigProfile> migProfile(String resource) {
    Matcher m = MIG.matcher(resource);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MigProfile.parse(m.group(1) + "." + m.group(2)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
