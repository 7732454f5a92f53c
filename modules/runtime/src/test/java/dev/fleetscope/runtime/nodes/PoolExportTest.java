package dev.fleetscope.runtime.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Resources;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import dev.fleetscope.packing.rightsizing.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoolExportTest {
  @TempDir Path folder;

  private final ClusterNodeReport report =
      new FleetNodeRightsizing()
          .compare(
              SmallFleet.cluster(),
              Map.of(SmallFleet.API.container("main"), Resources.of(0.25, SmallFleet.GIB / 2)),
              SmallFleet.pricing());
  private final PoolProposal pool =
      report
          .scenario(Scenario.Requests.RECOMMENDED, Scenario.Types.CHEAPEST_MIX)
          .pools()
          .getFirst();

  @Test
  void writesAKarpenterNodePoolOfTheProposedTypesIntoTheChosenFolder() throws IOException {
    Path file = PoolExport.write(folder, report, pool, PoolExport.Format.KARPENTER_NODE_POOL);

    assertEquals(folder.resolve("lab-g4dn-xlarge-karpenter-nodepool.yaml"), file);
    String yaml = Files.readString(file);
    assertTrue(yaml.contains("kind: NodePool"), yaml);
    assertTrue(yaml.contains("values: [\"g4dn.xlarge\"]"), yaml);
    assertTrue(yaml.contains("nvidia.com/gpu"), yaml);
  }

  @Test
  void writesAnEksNodeGroupNamingTheClusterAndRegion() throws IOException {
    PoolProposal cpu =
        report.scenario(Scenario.Requests.RECOMMENDED, Scenario.Types.CHEAPEST_MIX).pools().get(1);
    String yaml =
        Files.readString(PoolExport.write(folder, report, cpu, PoolExport.Format.EKS_NODE_GROUP));

    assertTrue(yaml.contains("name: \"lab\"\n  region: \"us-east-1\""), yaml);
    assertTrue(yaml.contains("instanceTypes: [\"m6i.xlarge\"]"), yaml);
    assertTrue(yaml.contains("desiredCapacity: 1"), yaml);
  }

  @Test
  void refusesAFolderThatIsNotOne() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                PoolExport.write(
                    folder.resolve("missing"), report, pool, PoolExport.Format.EKS_NODE_GROUP));
    assertEquals(folder.resolve("missing") + " is not a folder", e.getMessage());
  }
}
