package dev.fleetscope.apply;

/**
 * A container as a plan names it: {@code cluster/namespace/owner/container}, the owner being a
 * workload's name.
 */
public record ContainerTarget(String cluster, String namespace, String owner, String container) {
  public ContainerTarget {
    for (String part : new String[] {cluster, namespace, owner, container}) {
      if (part == null || part.isBlank()) {
        throw new IllegalArgumentException("a container id has four non-empty parts");
      }
    }
  }

  /** Parses {@code cluster/namespace/owner/container}. */
  public static ContainerTarget parse(String id) {
    String[] parts = id.split("/", -1);
    if (parts.length != 4 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
      throw new IllegalArgumentException(
          "container id '" + id + "' is not of the form cluster/namespace/owner/container");
    }
    return new ContainerTarget(parts[0], parts[1], parts[2], parts[3]);
  }

  public String id() {
    return cluster + "/" + namespace + "/" + owner + "/" + container;
  }

  /** {@code cluster/namespace/owner}: the workload the container belongs to. */
  public String workloadId() {
    return cluster + "/" + namespace + "/" + owner;
  }
}
