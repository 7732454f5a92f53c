package dev.fleetscope.cost.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.Namespace;
import dev.fleetscope.model.Provider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BillingMatcherTest {
  private static final List<Cluster> FLEET =
      List.of(
          new Cluster(
              "ml-prod",
              Provider.AWS,
              "us-east-1",
              "s",
              List.of(
                  Fleet.node("i-0gpu000001.ec2.internal", 96, 1152, 8, 32.7726),
                  Fleet.node("ip-10-0-1-7.ec2.internal", 8, 32, 0, 0.384)),
              List.<Namespace>of()),
          new Cluster(
              "gke-ml",
              Provider.GCP,
              "us-central1",
              "s",
              List.of(Fleet.node("gke-gke-ml-gpu-pool-1a2b3c4d-x9z8", 4, 16, 1, 0.7068)),
              List.of()),
          new Cluster(
              "aks-ml",
              Provider.AZURE,
              "eastus",
              "s",
              List.of(Fleet.node("aks-nodepool1-12345678-vmss00000a", 4, 28, 1, 0.526)),
              List.of()));

  private final BillingMatcher matcher = new BillingMatcher(FLEET);

  @Test
  void mapsEc2InstanceArnToTheNodeNamedByItsInstanceId() {
    assertEquals(
        Optional.of(new BillingTarget("ml-prod", Optional.of("i-0gpu000001.ec2.internal"))),
        matcher.match(
            "arn:aws:ec2:us-east-1:111122223333:instance/i-0gpu000001",
            Map.of("aws:eks:cluster-name", "ml-prod")));
  }

  @Test
  void mapsGceInstanceToTheNodeOfTheSameName() {
    assertEquals(
        Optional.of(new BillingTarget("gke-ml", Optional.of("gke-gke-ml-gpu-pool-1a2b3c4d-x9z8"))),
        matcher.match(
            "//compute.googleapis.com/projects/acme/zones/us-central1-a/instances/"
                + "gke-gke-ml-gpu-pool-1a2b3c4d-x9z8",
            Map.of("goog-k8s-cluster-name", "gke-ml")));
  }

  @Test
  void mapsAksScaleSetVmToNodeNamedWithItsBase36InstanceId() {
    // Instance 10 of scale set aks-nodepool1-12345678-vmss is node ...vmss00000a.
    assertEquals(
        Optional.of(new BillingTarget("aks-ml", Optional.of("aks-nodepool1-12345678-vmss00000a"))),
        matcher.match(
            "/subscriptions/0000/resourceGroups/MC_rg_aks-ml_eastus/providers/Microsoft.Compute/"
                + "virtualMachineScaleSets/aks-nodepool1-12345678-vmss/virtualMachines/10",
            Map.of()));
  }

  @Test
  void mapsTaggedResourceThatIsNoNodeToItsClusterOnly() {
    assertEquals(
        Optional.of(new BillingTarget("ml-prod", Optional.empty())),
        matcher.match(
            "arn:aws:ec2:us-east-1:111122223333:volume/vol-0abc",
            Map.of("kubernetes.io/cluster/ml-prod", "owned")));
  }

  @Test
  void leavesUnrelatedResourceUnmapped() {
    assertEquals(
        Optional.empty(), matcher.match("arn:aws:s3:::training-data", Map.of("team", "vision")));
    assertEquals(
        Optional.empty(), matcher.match(null, Map.of("aws:eks:cluster-name", "someone-elses")));
  }
}
