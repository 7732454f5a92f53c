package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.ServedModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelCostsTest {
  private static final WorkloadRef TRITON =
      new WorkloadRef("c", "ns", WorkloadKind.DEPLOYMENT, "triton");
  private static final UnitPrices PRICES = new UnitPrices(0.04, 0.005, 2.5, HourlyPrice.USD);
  private static final ClusterLabels REFS = new ClusterLabels(LabelNames.STANDARD, "c");

  private static ModelFacts model(String name, double successes) {
    ModelFacts facts =
        new ModelFacts(
            new ServedModel(ServerMetrics.triton().kind(), name, "c", "ns", Optional.of(TRITON)),
            ServerMetrics.triton());
    if (successes >= 0) {
      facts.add(ServingSignal.SUCCESSES, new Row(Map.of(), successes));
    }
    return facts;
  }

  private static Row held(String resource, double value) {
    return new Row(
        Map.of(
            "namespace",
            "ns",
            WorkloadJoin.KIND,
            "Deployment",
            WorkloadJoin.NAME,
            "triton",
            ServingQueries.RESOURCE,
            resource),
        value);
  }

  @Test
  void splitsEquallyAndSaysSoWhenAModelOfTheWorkloadReportsNoRequests() {
    WorkloadCosts costs = WorkloadCosts.of(List.of(held("cpu", 2)), List.of(), REFS);
    List<ModelServing> models =
        ModelCosts.assemble(
            List.of(model("a", 3), model("b", -1)), costs, c -> Optional.of(PRICES));
    for (ModelServing m : models) {
      assertEquals(0.5, m.cost().orElseThrow().share());
      assertTrue(
          m.problems()
              .contains(
                  "cost split equally between the 2 models of c/ns/triton: not all of them report requests"),
          m.problems().toString());
    }
  }

  @Test
  void hasNoCostWithoutPricesForTheCluster() {
    WorkloadCosts costs = WorkloadCosts.of(List.of(held("cpu", 2)), List.of(), REFS);
    ModelServing m =
        ModelCosts.assemble(List.of(model("a", 3)), costs, c -> Optional.empty()).getFirst();
    assertTrue(m.cost().isEmpty());
    assertTrue(m.problems().contains("no cost: no unit prices for cluster c"));
  }

  @Test
  void countsMigSlicesAsTheirShareOfAGpuAndAsksForDcgmWhenGpusAreHeld() {
    WorkloadCosts costs =
        WorkloadCosts.of(
            List.of(held("cpu", 1), held("nvidia_com_mig_2g_20gb", 2), held("nvidia_com_gpu", 1)),
            List.of(),
            REFS);
    ModelServing m =
        ModelCosts.assemble(List.of(model("a", 1)), costs, c -> Optional.of(PRICES)).getFirst();
    assertEquals(1 + 2 * 2 / 7.0, m.cost().orElseThrow().held().gpus(), 1e-12);
    assertTrue(m.gpuBusyShare().isEmpty());
    assertTrue(
        m.problems()
            .contains(
                "no GPU busy share: DCGM_FI_DEV_GPU_UTIL (or DCGM_FI_PROF_GR_ENGINE_ACTIVE for MIG slices) has no series for the GPUs of c/ns/triton"),
        m.problems().toString());
  }
}
