package dev.fleetscope.runtime.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.simulator.DemoFleetSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoModelsTest {
  private static Workload workload(String cluster, WorkloadKind kind, String name, String model) {
    return new Workload(
        new WorkloadRef(cluster, "ml", kind, name),
        Map.of(),
        "ml",
        Optional.ofNullable(model),
        1,
        List.of(),
        List.of(),
        Optional.empty());
  }

  private static Cluster cluster(String name, String source, Workload... workloads) {
    return new Cluster(
        name,
        Provider.AWS,
        "us-east-1",
        source,
        List.of(),
        List.of(new Namespace("ml", List.of(workloads))));
  }

  @Test
  void theDemoFleetsOnlineServicesWithAModelLabelOneEntryPerModel() {
    Workload api = workload("demo-1", WorkloadKind.DEPLOYMENT, "fraud-api", "fraud-xgb-v7");
    Workload gpu = workload("demo-1", WorkloadKind.DEPLOYMENT, "fraud-gpu", "fraud-xgb-v7");
    Workload ranker = workload("demo-1", WorkloadKind.DEPLOYMENT, "ranker-api", "ranker-v2");
    FleetSnapshot snapshot =
        new FleetSnapshot(
            Instant.EPOCH,
            List.of(
                cluster(
                    "demo-1",
                    DemoFleetSource.ID,
                    api,
                    gpu,
                    ranker,
                    workload(
                        "demo-1",
                        WorkloadKind.JOB,
                        "trainer",
                        "resnet-v3"), // trains, serves no requests
                    workload("demo-1", WorkloadKind.DEPLOYMENT, "coredns", null)),
                cluster(
                    "prod",
                    "prometheus",
                    workload("prod", WorkloadKind.DEPLOYMENT, "real-api", "real-v1"))),
            Map.of(),
            List.of());
    assertEquals(
        List.of(
            new MonitoredModel.Demo("fraud-xgb-v7", List.of(api.ref(), gpu.ref())),
            new MonitoredModel.Demo("ranker-v2", List.of(ranker.ref()))),
        DemoModels.of(snapshot));
    assertEquals("demo · demo-1/ml/fraud-api +1", DemoModels.of(snapshot).getFirst().origin());
  }
}
