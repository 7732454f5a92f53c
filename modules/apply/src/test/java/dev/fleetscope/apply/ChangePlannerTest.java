package dev.fleetscope.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.change.ContainerResources;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ChangePlannerTest {
  private final FakeCluster cluster = new FakeCluster();

  private static PlannedSizing rec(String id, double cpu, double memory) {
    return new PlannedSizing(
        ContainerTarget.parse(id), cpu, OptionalDouble.empty(), memory, OptionalDouble.of(memory));
  }

  @Test
  void roundsUpToQuantitiesAndRemovesACpuLimitThePlanDoesNotSet() {
    cluster.add(
        "serving",
        new ContainerResources(
            Map.of("cpu", "1", "memory", "2Gi"), Map.of("cpu", "2", "memory", "2Gi")));
    // 0.2501 cores -> 251m; 512 MiB + 1 byte = 536870913 bytes -> 513Mi
    Plan plan =
        new ChangePlanner(cluster)
            .plan(List.of(rec("prod/ml/serving/api", 0.2501, 536870913)), Optional.empty());
    var change = plan.changes().getFirst().change().containers().getFirst();
    assertEquals(
        new ContainerResources(Map.of("cpu", "251m", "memory", "513Mi"), Map.of("memory", "513Mi")),
        change.after());
    assertEquals(
        new ContainerResources(
            Map.of("cpu", "1", "memory", "2Gi"), Map.of("cpu", "2", "memory", "2Gi")),
        change.before());
  }

  @Test
  void keepsTheCurrentSpellingOfAnEqualQuantitySoNothingChanges() {
    cluster.add("serving", FakeCluster.resources("500m", "1024Mi"));
    Plan plan =
        new ChangePlanner(cluster)
            .plan(List.of(rec("prod/ml/serving/api", 0.5, 1 << 30)), Optional.empty());
    assertTrue(plan.changes().isEmpty());
    assertTrue(plan.refusals().isEmpty());
  }

  @Test
  void refusesAWorkloadOrContainerTheClusterDoesNotHave() {
    cluster.add("serving", FakeCluster.resources("1", "1Gi"));
    Plan plan =
        new ChangePlanner(cluster)
            .plan(
                List.of(
                    rec("prod/ml/missing/api", 0.5, 1e9), rec("prod/ml/serving/sidecar", 0.5, 1e9)),
                Optional.empty());
    assertEquals(
        List.of(
            "prod/ml/missing: no Deployment, StatefulSet, DaemonSet, Job or CronJob named missing in namespace ml of cluster prod",
            "prod/ml/serving/sidecar: workload prod/ml/serving has no container named sidecar (it has api)"),
        plan.refusals().stream().map(Refusal::toString).toList());
  }

  @Test
  void appliesAPlanToTheNamedContextOnlyWhenItNamesOneCluster() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ChangePlanner(cluster)
                    .plan(
                        List.of(rec("a/ml/x/api", 1, 1e9), rec("b/ml/y/api", 1, 1e9)),
                        Optional.of("staging")));
    assertEquals(
        "the plan names clusters a, b; --context applies the plan of a single cluster",
        e.getMessage());
  }
}
