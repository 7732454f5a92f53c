package dev.fleetscope.runtime.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Resources;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.runtime.nodes.ProviderComparison.ProviderCost;
import dev.fleetscope.runtime.nodes.ProviderComparison.Selection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderComparisonTest {
  private final ProviderComparison comparison = new ProviderComparison();

  @Test
  void packsAGpuWorkloadOnEachCloudsTypesOfItsGpuFamilyInTheChosenRegion() {
    Map<Provider, String> regions = new LinkedHashMap<>();
    regions.put(Provider.AWS, "us-east-1");
    regions.put(Provider.AZURE, "westeurope");
    regions.put(Provider.GCP, "us-central1");

    List<ProviderCost> costs =
        comparison.compare(
            SmallFleet.cluster(),
            new Selection("lab", Selection.Kind.WORKLOAD, SmallFleet.PREDICTOR.id()),
            Scenario.Requests.TODAY,
            Map.of(),
            regions,
            SmallFleet.pricing());

    assertEquals(3, costs.size());
    // AWS: the only T4 type listed in us-east-1; Azure westeurope's T4 at 0.658, not eastus's
    assertEquals(Map.of("g4dn.2xlarge", 1), costs.get(0).packing().countsByType());
    assertEquals(0.752, costs.get(0).costPerHour(), 1e-9);
    assertEquals(Map.of("Standard_NC4as_T4_v3", 1), costs.get(1).packing().countsByType());
    assertEquals(0.658, costs.get(1).costPerHour(), 1e-9);
    // GCP lists no T4 here: the pod is unplaced with the reason, not dropped
    assertEquals(0, costs.get(2).costPerHour(), 1e-9);
    assertEquals(1, costs.get(2).packing().unplaced().size());
    assertEquals("ml/predictor-1", costs.get(2).packing().unplaced().getFirst().pod());
    assertTrue(!costs.get(2).packing().unplaced().getFirst().reason().isBlank());
  }

  @Test
  void packsANamespaceAtRecommendedRequestsOnCpuTypesOnly() {
    List<ProviderCost> costs =
        comparison.compare(
            SmallFleet.cluster(),
            new Selection("lab", Selection.Kind.NAMESPACE, "shop"),
            Scenario.Requests.RECOMMENDED,
            Map.of(SmallFleet.API.container("main"), Resources.of(0.25, SmallFleet.GIB / 2)),
            Map.of(Provider.AZURE, "eastus"),
            SmallFleet.pricing());

    // four pods of 0.25 cores: one Standard_D4s_v5, never the cheaper-per-core T4 type, whose
    // GPU taint they do not tolerate
    assertEquals(4, costs.getFirst().pods());
    assertEquals(Map.of("Standard_D4s_v5", 1), costs.getFirst().packing().countsByType());
    assertEquals(2, costs.getFirst().candidates());
  }
}
