package dev.fleetscope.runtime.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.cost.price.PriceSnapshot;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Provider;
import dev.fleetscope.packing.NodeType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodePricingTest {
  private final NodePricing bundled = new NodePricing(PriceSnapshot.bundled(), false);

  @Test
  void leavesBurstableTypesOutOfTheCandidates() {
    List<String> names =
        bundled.candidates(Provider.AWS, "us-east-1", HourlyPrice.USD).stream()
            .map(NodeType::name)
            .toList();
    assertFalse(names.contains("t3.medium"), names.toString());
    assertTrue(names.contains("m6i.xlarge"), names.toString());
    for (String name : List.of("t3.large", "t4g.small", "Standard_B2s", "e2-medium", "f1-micro")) {
      assertTrue(NodePricing.BURSTABLE.matcher(name).lookingAt(), name);
    }
    for (String name : List.of("m6i.xlarge", "g6.2xlarge", "Standard_D4s_v5", "e2-standard-8")) {
      assertFalse(NodePricing.BURSTABLE.matcher(name).lookingAt(), name);
    }
  }

  @Test
  void candidatesHaveTheAllocatableOfTheirShapeAfterKubeletReservationsAndTheSnapshotsPrice() {
    NodeType xlarge =
        bundled.candidates(Provider.AWS, "us-east-1", HourlyPrice.USD).stream()
            .filter(t -> t.name().equals("m6i.xlarge"))
            .findFirst()
            .orElseThrow();
    assertEquals(0.192, xlarge.pricePerHour(), 1e-9);
    assertEquals(3.92, xlarge.cpuCores(), 1e-9); // 4 vCPUs less 0.06 + 0.01 + 2 × 0.005
  }

  @Test
  void listsTheRegionsThePricesCoverPerCloudAndNoCandidatesInAnotherCurrency() {
    assertEquals(List.of("eastus", "westeurope"), bundled.regions(Provider.AZURE));
    assertEquals(
        List.of(),
        bundled.candidates(Provider.AWS, "us-east-1", java.util.Currency.getInstance("EUR")));
  }
}
