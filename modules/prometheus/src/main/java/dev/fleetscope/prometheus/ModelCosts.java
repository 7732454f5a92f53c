package dev.fleetscope.prometheus;

import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.serving.HeldResources;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.ServingCost;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Joins each model to what its workload holds and costs. A workload serving several models (Triton
 * often does) is split between them by their share of its requests; when not all of them report
 * requests, equally, and each says so.
 */
final class ModelCosts {
  private ModelCosts() {}

  static List<ModelServing> assemble(
      Collection<ModelFacts> models,
      WorkloadCosts costs,
      Function<String, Optional<UnitPrices>> prices) {
    Map<Optional<WorkloadRef>, List<ModelFigures>> byWorkload = new LinkedHashMap<>();
    for (ModelFacts facts : models) {
      byWorkload
          .computeIfAbsent(facts.model().workload(), w -> new ArrayList<>())
          .add(new ModelFigures(facts));
    }
    List<ModelServing> result = new ArrayList<>();
    byWorkload.forEach(
        (workload, figures) -> {
          if (workload.isEmpty()) {
            String unknown =
                "its pods have no owner in kube-state-metrics' kube_pod_owner during the window:"
                    + " its workload, cost and GPU use are unknown";
            figures.forEach(
                f ->
                    result.add(
                        f.serving(Optional.empty(), OptionalDouble.empty(), List.of(unknown))));
          } else {
            result.addAll(workload(workload.get(), figures, costs, prices));
          }
        });
    return result;
  }

  private static List<ModelServing> workload(
      WorkloadRef workload,
      List<ModelFigures> figures,
      WorkloadCosts costs,
      Function<String, Optional<UnitPrices>> prices) {
    List<String> notes = new ArrayList<>();
    double[] shares = shares(workload, figures, notes);
    Optional<HeldResources> held = costs.held(workload);
    Optional<UnitPrices> unitPrices = prices.apply(workload.cluster());
    if (held.isEmpty()) {
      notes.add(
          "no cost: kube_pod_container_resource_requests has no series for the pods of "
              + workload.id()
              + " in the window");
    } else if (unitPrices.isEmpty()) {
      notes.add("no cost: no unit prices for cluster " + workload.cluster());
    }
    OptionalDouble busy = OptionalDouble.empty();
    if (held.isPresent() && held.get().gpus() > 0) {
      busy = costs.gpuBusy(workload);
      if (busy.isEmpty()) {
        notes.add(
            "no GPU busy share: DCGM_FI_DEV_GPU_UTIL (or DCGM_FI_PROF_GR_ENGINE_ACTIVE for MIG"
                + " slices) has no series for the GPUs of "
                + workload.id());
      }
    }
    List<ModelServing> result = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      ModelFigures f = figures.get(i);
      Optional<ServingCost> cost = Optional.empty();
      if (held.isPresent() && unitPrices.isPresent()) {
        cost =
            Optional.of(
                ServingCost.of(
                    held.get(),
                    shares[i],
                    unitPrices.get(),
                    f.requestsPerSecond().orElse(0),
                    f.generatedTokensPerSecond()));
      }
      result.add(f.serving(cost, busy, notes));
    }
    return result;
  }

  /** Each model's share of the workload: by requests when all report them, else equal. */
  private static double[] shares(
      WorkloadRef workload, List<ModelFigures> figures, List<String> notes) {
    int n = figures.size();
    double[] shares = new double[n];
    double total = 0;
    boolean allKnown = true;
    for (ModelFigures f : figures) {
      allKnown &= f.requestsPerSecond().isPresent();
      total += f.requestsPerSecond().orElse(0);
    }
    for (int i = 0; i < n; i++) {
      shares[i] =
          allKnown && total > 0
              ? figures.get(i).requestsPerSecond().getAsDouble() / total
              : 1.0 / n;
    }
    if (n > 1 && !(allKnown && total > 0)) {
      notes.add(
          "cost split equally between the "
              + n
              + " models of "
              + workload.id()
              + ": "
              + (allKnown ? "none served a request" : "not all of them report requests"));
    }
    return shares;
  }
}
