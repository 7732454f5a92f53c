package dev.fleetscope.simulator;

import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.serving.ServerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which demo workloads serve models, and with what: the online inference services of the serving
 * namespaces. LLM servers run vLLM ({@code -vllm}) or, in {@code llm-serving}, TGI ({@code
 * -gpu-predictor}); other GPU and MIG predictors run Triton; CPU services are instrumented with
 * OpenTelemetry. Every other vLLM is an older version; the first OpenTelemetry model of {@code
 * recsys-serving} slows down under load and the first of {@code fraud-detection} has daily error
 * spikes.
 */
final class DemoServers {
  static final Set<String> NAMESPACES =
      Set.of(
          "recsys-serving",
          "search-ranking",
          "fraud-detection",
          "llm-serving",
          "embeddings",
          "forecasting",
          "churn-model",
          "cv-inference");
  static final String DEGRADING_NAMESPACE = "recsys-serving";
  static final String SPIKING_NAMESPACE = "fraud-detection";

  private DemoServers() {}

  static List<DemoServer> of(DemoFleet fleet) {
    List<DemoServer> servers = new ArrayList<>();
    boolean degrading = false;
    boolean spiking = false;
    int vllm = 0;
    for (SimCluster cluster : fleet.clusters()) {
      for (SimWorkload w : cluster.workloads()) {
        if (!serves(w)) {
          continue;
        }
        ServerKind kind = kind(w);
        boolean degrades =
            kind == ServerKind.OTEL
                && !degrading
                && w.ref().namespace().equals(DEGRADING_NAMESPACE);
        boolean spikes =
            kind == ServerKind.OTEL && !spiking && w.ref().namespace().equals(SPIKING_NAMESPACE);
        degrading |= degrades;
        spiking |= spikes;
        boolean older = kind == ServerKind.VLLM && vllm++ % 2 == 1;
        servers.add(
            new DemoServer(
                cluster.name(),
                cluster.utcOffsetHours(),
                w,
                kind,
                w.model().orElseThrow(),
                ServingTraits.of(fleet.seed(), kind, w.ref().id()),
                older,
                degrades,
                spikes));
      }
    }
    return servers;
  }

  private static boolean serves(SimWorkload w) {
    return NAMESPACES.contains(w.ref().namespace())
        && w.ref().kind() == WorkloadKind.DEPLOYMENT
        && w.model().isPresent()
        && w.primary().spec().name().equals("server");
  }

  private static ServerKind kind(SimWorkload w) {
    String name = w.ref().name();
    if (name.matches(".*-vllm(-\\d+)?")) {
      return ServerKind.VLLM;
    }
    if (w.ref().namespace().equals("llm-serving") && name.matches(".*-gpu-predictor(-\\d+)?")) {
      return ServerKind.TGI;
    }
    return w.primary().spec().gpu() instanceof GpuAllocation.None
        ? ServerKind.OTEL
        : ServerKind.TRITON;
  }
}
