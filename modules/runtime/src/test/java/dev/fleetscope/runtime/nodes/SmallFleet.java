package dev.fleetscope.runtime.nodes;

import dev.fleetscope.cost.price.InstancePrice;
import dev.fleetscope.cost.price.InstanceShape;
import dev.fleetscope.cost.price.PriceBook;
import dev.fleetscope.cost.price.PriceSnapshot;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Container;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Node;
import dev.fleetscope.model.NodeGpus;
import dev.fleetscope.model.Pod;
import dev.fleetscope.model.PodPhase;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cluster and a price snapshot small enough to check by hand. Cluster {@code lab} (AWS
 * us-east-1): four m6i.4xlarge nodes that the cluster prices at 0.50 USD/h (the snapshot says
 * 0.768), each running one pod of workload {@code shop/api} (1 core, 2 GiB); one g4dn.xlarge node
 * (T4) that the snapshot does not list, priced 0.60 USD/h by the cluster, running one pod of {@code
 * ml/predictor} (2 cores, 8 GiB, one whole GPU).
 */
final class SmallFleet {
  static final long GIB = 1L << 30;
  static final WorkloadRef API = new WorkloadRef("lab", "shop", WorkloadKind.DEPLOYMENT, "api");
  static final WorkloadRef PREDICTOR =
      new WorkloadRef("lab", "ml", WorkloadKind.DEPLOYMENT, "predictor");

  private SmallFleet() {}

  static Cluster cluster() {
    List<Node> nodes = new ArrayList<>();
    List<Pod> apiPods = new ArrayList<>();
    ContainerSpec api =
        ContainerSpec.cpuMemory("main", Resources.of(1, 2 * GIB), Resources.of(2, 4 * GIB));
    for (int i = 1; i <= 4; i++) {
      Resources capacity = Resources.of(16, 64 * GIB);
      nodes.add(
          new Node(
              "node-" + i,
              "m6i.4xlarge",
              "us-east-1a",
              capacity,
              Resources.of(15.89, 57 * GIB),
              NodeGpus.NONE,
              HourlyPrice.usd(0.5)));
      apiPods.add(pod("api-" + i, "node-" + i, api));
    }
    nodes.add(
        new Node(
            "gpu-1",
            "g4dn.xlarge",
            "us-east-1a",
            Resources.of(4, 16 * GIB),
            Resources.of(3.92, 13 * GIB),
            NodeGpus.whole("NVIDIA T4", 1, 16 * GIB),
            HourlyPrice.usd(0.6)));
    ContainerSpec predictor =
        new ContainerSpec(
            "server",
            Resources.of(2, 8 * GIB),
            Resources.of(2, 8 * GIB),
            new GpuAllocation.Whole(1));
    return new Cluster(
        "lab",
        Provider.AWS,
        "us-east-1",
        "small",
        nodes,
        List.of(
            new Namespace("shop", List.of(workload(API, api, apiPods))),
            new Namespace(
                "ml",
                List.of(
                    workload(
                        PREDICTOR, predictor, List.of(pod("predictor-1", "gpu-1", predictor)))))));
  }

  /**
   * m6i.xlarge 0.192, m6i.2xlarge 0.384, m6i.4xlarge 0.768 and the T4 types of AWS us-east-1
   * (g4dn.xlarge is deliberately missing from us-east-1) and Azure eastus, westeurope; GCP lists
   * only a CPU type.
   */
  static NodePricing pricing() {
    List<InstancePrice> prices =
        List.of(
            price(Provider.AWS, "us-east-1", "m6i.xlarge", 4, 16, 0, "", 0.192),
            price(Provider.AWS, "us-east-1", "m6i.2xlarge", 8, 32, 0, "", 0.384),
            price(Provider.AWS, "us-east-1", "m6i.4xlarge", 16, 64, 0, "", 0.768),
            price(Provider.AWS, "us-east-1", "g4dn.2xlarge", 8, 32, 1, "T4", 0.752),
            price(Provider.AZURE, "eastus", "Standard_NC4as_T4_v3", 4, 28, 1, "T4", 0.526),
            price(Provider.AZURE, "eastus", "Standard_D4s_v5", 4, 16, 0, "", 0.192),
            price(Provider.AZURE, "westeurope", "Standard_NC4as_T4_v3", 4, 28, 1, "T4", 0.658),
            price(Provider.GCP, "us-central1", "n2-standard-4", 4, 16, 0, "", 0.194));
    return new NodePricing(
        new PriceSnapshot("hand-made", LocalDate.parse("2026-01-19"), PriceBook.of(prices)), false);
  }

  private static InstancePrice price(
      Provider provider,
      String region,
      String type,
      double vcpus,
      double gib,
      int gpus,
      String model,
      double perHour) {
    return new InstancePrice(
        provider,
        region,
        type,
        new InstanceShape(vcpus, gib, gpus, model),
        HourlyPrice.usd(perHour));
  }

  private static Pod pod(String name, String node, ContainerSpec spec) {
    return new Pod(name, node, PodPhase.RUNNING, List.of(new Container(spec, 0, Optional.empty())));
  }

  private static Workload workload(WorkloadRef ref, ContainerSpec spec, List<Pod> pods) {
    return new Workload(
        ref,
        Map.of(),
        "team",
        Optional.empty(),
        pods.size(),
        List.of(spec),
        pods,
        Optional.empty());
  }
}
