package dev.fleetscope.packing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Packing problems drawn from a seed: instance types shaped like cloud families (general purpose,
 * memory and compute optimised, GPU), pods with every kind of constraint. Same seed, same problem.
 */
public final class RandomProblems {
  static final long GIB = 1L << 30;
  private static final String[] ZONES = {"z-a", "z-b", "z-c"};

  private RandomProblems() {}

  /** A problem of at most {@code maxPods} pods and {@code maxTypes} types, all constraints. */
  public static PackingProblem constrained(long seed, int maxPods, int maxTypes) {
    Random r = new Random(seed);
    List<NodeType> types = new ArrayList<>();
    int typeCount = 1 + r.nextInt(maxTypes);
    for (int t = 0; t < typeCount; t++) {
      types.add(type(r, "t" + t, true));
    }
    List<PodRequest> pods = new ArrayList<>();
    int podCount = r.nextInt(maxPods + 1);
    for (int p = 0; p < podCount; p++) {
      pods.add(pod(r, "p" + p, types, true));
    }
    DaemonSetOverhead overhead =
        r.nextBoolean()
            ? DaemonSetOverhead.NONE
            : new DaemonSetOverhead(0.1 * r.nextInt(3), (r.nextInt(3) * GIB) / 4, r.nextInt(3));
    return new PackingProblem(pods, types, overhead, List.of());
  }

  /**
   * A large CPU and GPU problem: {@code pods} pods over {@code typeCount} types of three families
   * in several sizes, GPU pods a tenth, no zones, selectors or anti-affinity (the lower bound
   * ignores those, so the gap measured is the packing's own).
   */
  public static PackingProblem large(long seed, int pods, int typeCount) {
    Random r = new Random(seed);
    List<NodeType> types = new ArrayList<>();
    String[] families = {"general", "memory", "compute", "gpu-t4", "gpu-a100"};
    for (int t = 0; t < typeCount; t++) {
      String family = families[t % families.length];
      int size = 1 << (1 + (t / families.length) % 6);
      types.add(sized(family + "." + size + "x-" + t, family, size, 1 + 0.02 * (t % 7)));
    }
    List<PodRequest> list = new ArrayList<>();
    for (int p = 0; p < pods; p++) {
      double cpu = 0.05 + Math.min(7.5, Math.exp(r.nextGaussian()) * 0.6);
      long memory = (long) ((0.1 + Math.min(30, Math.exp(r.nextGaussian()) * 1.5)) * GIB);
      PodRequest pod = PodRequest.of(String.format("pod-%05d", p), round(cpu), memory);
      if (r.nextInt(10) == 0) {
        String family = r.nextBoolean() ? "T4" : "A100";
        pod =
            pod.withGpu(GpuDemand.whole(1 + r.nextInt(2), family))
                .withConstraints(Map.of(), List.of(Toleration.exists("nvidia.com/gpu")), "");
      }
      list.add(pod);
    }
    return new PackingProblem(list, types, new DaemonSetOverhead(0.2, GIB / 2, 3), List.of());
  }

  private static NodeType sized(String name, String family, int size, double priceFactor) {
    double vcpus = 2.0 * size;
    return switch (family) {
      case "general" -> cpuType(name, vcpus, vcpus * 4, 0.048 * vcpus * priceFactor);
      case "memory" -> cpuType(name, vcpus, vcpus * 8, 0.063 * vcpus * priceFactor);
      case "compute" -> cpuType(name, vcpus, vcpus * 2, 0.0425 * vcpus * priceFactor);
      case "gpu-t4" ->
          NodeType.gpu(
                  name,
                  KubeletReserve.allocatableCores(vcpus * 2),
                  KubeletReserve.allocatableMemory((long) (vcpus * 8 * GIB)),
                  Math.min(4, size / 2 + 1),
                  "T4",
                  0.3 + 0.26 * vcpus * priceFactor)
              .withMaxPods(58);
      default ->
          NodeType.gpu(
                  name,
                  KubeletReserve.allocatableCores(vcpus * 3),
                  KubeletReserve.allocatableMemory((long) (vcpus * 20 * GIB)),
                  Math.min(8, size / 2 + 1),
                  "A100",
                  1.8 * (size / 2 + 1) * priceFactor)
              .withMaxPods(110);
    };
  }

  private static NodeType cpuType(String name, double vcpus, double gib, double price) {
    return NodeType.cpu(
            name,
            KubeletReserve.allocatableCores(vcpus),
            KubeletReserve.allocatableMemory((long) (gib * GIB)),
            Math.round(price * 1e6) / 1e6)
        .withMaxPods(vcpus <= 4 ? 29 : 58);
  }

  private static NodeType type(Random r, String name, boolean constrained) {
    double cpu = 1 + r.nextInt(16);
    long memory = (1 + r.nextInt(32)) * GIB;
    double price =
        Math.round((0.02 * cpu + 0.005 * memory / GIB) * (0.6 + r.nextDouble()) * 1e4) / 1e4;
    NodeType type = NodeType.cpu(name, cpu, memory, price).withMaxPods(2 + r.nextInt(12));
    if (!constrained) {
      return type;
    }
    switch (r.nextInt(6)) {
      case 0 ->
          type =
              new NodeType(
                  name,
                  cpu,
                  memory,
                  1 + r.nextInt(4),
                  r.nextBoolean() ? "A100" : "L4",
                  Map.of(),
                  type.maxPods(),
                  price + 0.5 + r.nextInt(3),
                  "",
                  CapacityType.ON_DEMAND,
                  Map.of(),
                  List.of(Taint.NVIDIA_GPU));
      case 1 ->
          type =
              type.withMigSlices(Map.of("1g.10gb", 1 + r.nextInt(7), "3g.40gb", r.nextInt(3)))
                  .withPrice(price + 1, CapacityType.ON_DEMAND);
      case 2 -> type = type.withZone(ZONES[r.nextInt(ZONES.length)]);
      case 3 -> type = type.withLabelsAndTaints(Map.of("pool", "batch"), List.of());
      case 4 -> type = type.withPrice(Math.round(price * 0.35 * 1e4) / 1e4, CapacityType.SPOT);
      default -> {}
    }
    return type;
  }

  private static PodRequest pod(Random r, String name, List<NodeType> types, boolean constrained) {
    NodeType like = types.get(r.nextInt(types.size()));
    double cpu = round(like.cpuCores() * r.nextDouble() * 0.7);
    long memory = (long) (like.memoryBytes() * r.nextDouble() * 0.7);
    PodRequest pod = PodRequest.of(name, cpu, memory).ofWorkload("w" + r.nextInt(4));
    if (!constrained) {
      return pod;
    }
    if (like.gpus() > 0 && r.nextInt(3) > 0) {
      pod =
          pod.withGpu(
              GpuDemand.whole(1 + r.nextInt(like.gpus()), r.nextBoolean() ? like.gpuFamily() : ""));
    } else if (!like.migSlices().isEmpty() && r.nextBoolean()) {
      pod =
          pod.withGpu(new GpuDemand.Mig(r.nextBoolean() ? "1g.10gb" : "3g.40gb", 1 + r.nextInt(2)));
    }
    Map<String, String> selector =
        r.nextInt(5) == 0
            ? Map.of("pool", "batch")
            : r.nextInt(8) == 0 ? Map.of(NodeType.CAPACITY_TYPE_LABEL, "spot") : Map.of();
    List<Toleration> tolerations =
        r.nextInt(3) == 0 || pod.gpu() instanceof GpuDemand.Whole
            ? List.of(Toleration.exists("nvidia.com/gpu"))
            : List.of();
    String group = r.nextInt(3) == 0 ? pod.workload() : "";
    pod = pod.withConstraints(selector, tolerations, group);
    if (r.nextInt(4) == 0) {
      pod = pod.inZone(ZONES[r.nextInt(ZONES.length)]);
    }
    return pod;
  }

  private static double round(double cores) {
    return Math.round(cores * 1000) / 1000.0;
  }
}
