package dev.fleetscope.runtime.serving;

import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.Percentiles;
import dev.fleetscope.model.serving.ServingCost;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A model over the series' windows, for seeing whether its latency rises with load or with CPU
 * starvation: its latency percentiles, its requests per second and replicas, and its server
 * container's CPU per replica against that container's request.
 *
 * @param ends each window's end, epoch seconds
 * @param meanLatency the mean latency, drawn where there are no percentiles (Triton)
 * @param replicas pods on average in each window: the CPU its pods held over one pod's request
 * @param container the server container compared with its request: the app container requesting the
 *     most CPU; empty when the workload is not in the fleet
 * @param cpuPerReplica that container's mean CPU per replica in each window, cores
 * @param cpuRequest its CPU request per replica now, cores (NaN when unknown)
 * @param underLoad the latency in the windows its CPU ran near that request, against the others
 */
public record ModelTrend(
    String id,
    long[] ends,
    double[] p50,
    double[] p95,
    double[] p99,
    double[] meanLatency,
    double[] requestsPerSecond,
    double[] replicas,
    Optional<String> container,
    double[] cpuPerReplica,
    double cpuRequest,
    Optional<LatencyUnderLoad> underLoad) {

  public static ModelTrend of(ServingSeries series, ModelServing model, FleetSnapshot fleet) {
    String id = model.model().id();
    Optional<Workload> workload =
        model
            .model()
            .workload()
            .flatMap(ref -> fleet.workloads().filter(w -> w.ref().equals(ref)).findFirst());
    Optional<ContainerSpec> server = workload.flatMap(ModelTrend::server);
    double request = server.map(c -> c.requests().cpuCores()).orElse(Double.NaN);
    Series cpu =
        server
            .flatMap(c -> fleet.usage(new ContainerRef(workload.get().ref(), c.name())))
            .map(u -> u.history(Metric.CPU_CORES))
            .orElse(Series.EMPTY);
    double podCores = workload.map(w -> w.requestsPerReplica().cpuCores()).orElse(0.0);
    long[] ends = series.ends();
    double[] used = new double[ends.length];
    for (int i = 0; i < ends.length; i++) {
      used[i] = LatencyUnderLoad.meanCpu(cpu, ends[i] - series.step().toSeconds(), ends[i]);
    }
    return new ModelTrend(
        id,
        ends,
        series.values(id, m -> percentile(m, Percentiles::p50)),
        series.values(id, m -> percentile(m, Percentiles::p95)),
        series.values(id, m -> percentile(m, Percentiles::p99)),
        series.values(id, ModelServing::meanLatencySeconds),
        series.values(id, ModelServing::requestsPerSecond),
        series.values(id, m -> replicas(m, podCores)),
        server.map(ContainerSpec::name),
        used,
        request,
        workload.flatMap(w -> LatencyUnderLoad.of(series, w.ref(), cpu, request)));
  }

  /** The app container that requests the most CPU: the server, beside its sidecars. */
  static Optional<ContainerSpec> server(Workload workload) {
    return workload.containers().stream()
        .filter(c -> c.kind() == ContainerKind.CONTAINER)
        .max(Comparator.comparingDouble(c -> c.requests().cpuCores()));
  }

  private static OptionalDouble percentile(
      ModelServing m, java.util.function.ToDoubleFunction<Percentiles> which) {
    return m.latency()
        .map(p -> OptionalDouble.of(which.applyAsDouble(p)))
        .orElse(OptionalDouble.empty());
  }

  private static OptionalDouble replicas(ModelServing m, double podCores) {
    Optional<ServingCost> cost = m.cost();
    if (cost.isEmpty() || !(podCores > 0) || !(cost.get().share() > 0)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(cost.get().held().cores() / cost.get().share() / podCores);
  }

  /** Whether percentiles were read in any window (Triton's are never exported). */
  public boolean hasPercentiles() {
    for (double v : p99) {
      if (Double.isFinite(v)) {
        return true;
      }
    }
    return false;
  }
}
