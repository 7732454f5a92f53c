package dev.fleetscope.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A GPU a pod holds through Dynamic Resource Allocation ({@code resource.k8s.io}): one device
 * allocated to one of its ResourceClaims, described by the ResourceSlice that published it. A pod
 * holding GPUs this way may request no {@code nvidia.com/gpu} at all; these are its GPUs.
 *
 * @param claim the ResourceClaim (for a claim made from a template, the generated claim's name)
 * @param request the claim's request the device was allocated for
 * @param driver the DRA driver ({@code gpu.nvidia.com})
 * @param device the device's name in its ResourceSlice ({@code gpu-0}, {@code gpu-0-mig-1g.10gb-0})
 * @param model the product name ({@code NVIDIA H100 80GB HBM3}); empty when no slice describes it
 * @param memoryBytes the device's memory (a MIG slice's or a partition's share); 0 when unknown
 * @param mig the MIG profile when the device is a MIG slice
 * @param share how much of one physical GPU the device is: 1 for a whole GPU, the profile's compute
 *     share for a MIG slice, the consumed share for a partition
 * @param containers the containers that use the claim ({@code resources.claims}); all of them when
 *     none names it
 */
public record GpuClaim(
    String claim,
    String request,
    String driver,
    String device,
    String model,
    long memoryBytes,
    Optional<MigProfile> mig,
    double share,
    Set<String> containers) {

  public GpuClaim {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException(
          "a claimed device is a share of one GPU above 0 and at most 1, was " + share);
    }
    containers = Set.copyOf(containers);
  }

  /** How the device divides a GPU: whole, MIG slice, or a partition (a share of its capacity). */
  public String kind() {
    return mig.isPresent() ? "MIG " + mig.get().name() : share < 1 ? "partition" : "whole GPU";
  }

  public boolean usedBy(String container) {
    return containers.contains(container);
  }

  /**
   * What a container's claimed devices amount to, as the model counts GPUs: whole devices, MIG
   * slices of one profile, or a share of one GPU; several kinds together count as the whole GPUs
   * they add up to.
   */
  public static GpuAllocation allocation(List<GpuClaim> claims) {
    if (claims.isEmpty()) {
      return GpuAllocation.NONE;
    }
    List<MigProfile> profiles = claims.stream().flatMap(c -> c.mig().stream()).distinct().toList();
    if (profiles.size() == 1 && claims.stream().allMatch(c -> c.mig().isPresent())) {
      return new GpuAllocation.Mig(profiles.getFirst(), claims.size());
    }
    double total = claims.stream().mapToDouble(GpuClaim::share).sum();
    return total < 1
        ? new GpuAllocation.Shared(total)
        : new GpuAllocation.Whole((int) Math.ceil(total - 1e-9));
  }

  /** {@code gpu.nvidia.com gpu-0 (NVIDIA H100 80GB HBM3, whole GPU) through claim trainer-gpu}. */
  public String describe() {
    return driver
        + " "
        + device
        + " ("
        + (model.isEmpty() ? "" : model + ", ")
        + kind()
        + ") through claim "
        + claim;
  }
}
