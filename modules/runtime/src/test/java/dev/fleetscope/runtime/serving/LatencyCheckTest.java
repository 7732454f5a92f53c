package dev.fleetscope.runtime.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.runtime.rightsizing.RecommendationRow;
import dev.fleetscope.runtime.rightsizing.RecommendationsResult;
import dev.fleetscope.runtime.rightsizing.Recommender;
import dev.fleetscope.runtime.rightsizing.StrategyChoice;
import dev.fleetscope.runtime.serving.LatencyUnderLoad.Verdict;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check on the demo fleet, against what the default strategy recommends: the model whose
 * latency degrades under load warns, a steady one holds, a workload that serves nothing has no
 * check.
 */
class LatencyCheckTest {
  /**
   * The demo's degrading model for the default seed: the first OpenTelemetry server of
   * recsys-serving (the simulator's DemoServers), whose latency climbs in its busiest hours.
   */
  private static final ContainerRef DEGRADING =
      server("aws-prod-use1", "recsys-serving", "ranker-api");

  private static final ContainerRef STEADY =
      server("aws-prod-use1", "recsys-serving", "candidate-gen-server");

  private static RecommendationsResult recommendations;
  private final FleetServing serving = FleetServing.demo(DemoFleetServing.SIMULATOR);
  private final LatencyCheck check = new LatencyCheck(serving);

  @BeforeAll
  static void recommend() {
    recommendations =
        Recommender.recommend(
            DemoFleetServing.FLEET, StrategyChoice.DEFAULT, "", p -> {}, () -> false);
  }

  private static ContainerRef server(String cluster, String namespace, String workload) {
    return new ContainerRef(
        new WorkloadRef(cluster, namespace, WorkloadKind.DEPLOYMENT, workload), "server");
  }

  private LatencyUnderLoad checked(ContainerRef container) throws IOException {
    serving.accept(DemoFleetServing.FLEET);
    RecommendationRow row =
        recommendations.all().stream()
            .filter(r -> r.ref().equals(container))
            .findFirst()
            .orElseThrow();
    return check.of(DemoFleetServing.FLEET, container, row.proposed().cpuRequest()).orElseThrow();
  }

  @Test
  void theModelWhoseLatencyDegradesUnderLoadWarnsAtItsRecommendedRequest() throws IOException {
    LatencyUnderLoad degrading = checked(DEGRADING);
    assertEquals(LatencyCheck.HOURS, degrading.windows().size());
    assertEquals(
        Verdict.ROSE_WITH_CPU, degrading.verdict(), degrading.describe("recommended request"));
    assertTrue(degrading.rise() > 3, degrading.describe("recommended request"));
    assertTrue(
        degrading
            .describe("recommended request")
            .startsWith("⚠ ranker-v9 (OpenTelemetry): p99 latency"));
  }

  @Test
  void aSteadyModelHolds() throws IOException {
    LatencyUnderLoad steady = checked(STEADY);
    assertEquals(Verdict.HELD, steady.verdict(), steady.describe("recommended request"));
    assertFalse(steady.warning());
  }

  @Test
  void aWorkloadThatServesNoModelHasNoCheck() throws IOException {
    serving.accept(DemoFleetServing.FLEET);
    RecommendationRow batch =
        recommendations.all().stream()
            .filter(r -> r.ref().workload().namespace().startsWith("training"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        check.of(DemoFleetServing.FLEET, batch.ref(), batch.proposed().cpuRequest()).isEmpty());
  }
}
