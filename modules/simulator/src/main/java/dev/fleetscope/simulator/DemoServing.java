package dev.fleetscope.simulator;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.serving.BucketQuantile;
import dev.fleetscope.model.serving.BucketQuantile.Bucket;
import dev.fleetscope.model.serving.HeldResources;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.Percentiles;
import dev.fleetscope.model.serving.ServedModel;
import dev.fleetscope.model.serving.ServerKind;
import dev.fleetscope.model.serving.ServingCost;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.model.serving.TokenRates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo fleet's model serving over a window, computed from the same minutes its exposition and
 * history export, the way a Prometheus reading of those metrics comes out: rates over the window,
 * Prometheus's percentiles of the window's bucket counts, gauges averaged over its minutes, GPU
 * busy share from the containers' recorded history, cost from their requests.
 *
 * <pre>{@code
 * ServingSnapshot hour = new DemoServing(simulator).snapshot(now, Duration.ofHours(1));
 * }</pre>
 */
public final class DemoServing {
  private final Simulator simulator;

  public DemoServing(Simulator simulator) {
    this.simulator = simulator;
  }

  /** Every demo model over {@code (end - window, end]}, priced at its cluster's node prices. */
  public ServingSnapshot snapshot(Instant end, Duration window) {
    Map<String, UnitPrices> prices =
        simulator.snapshot(DemoFleetSource.ID).clusters().stream()
            .collect(Collectors.toMap(Cluster::name, UnitPrices::of));
    return snapshot(end, window, c -> Optional.ofNullable(prices.get(c)));
  }

  /** Every demo model over {@code (end - window, end]}, whole minutes. */
  public ServingSnapshot snapshot(
      Instant end, Duration window, Function<String, Optional<UnitPrices>> prices) {
    long minutes = window.toMinutes();
    if (minutes < 1 || window.toSeconds() % 60 != 0) {
      throw new IllegalArgumentException("a serving window is whole minutes, was " + window);
    }
    long until = Math.floorDiv(end.getEpochSecond(), 60);
    List<ModelServing> models = new ArrayList<>();
    for (DemoServer server : DemoServers.of(simulator.fleet())) {
      ServingPoint totals = new ServingPoint();
      double[] gauges = new double[2];
      ServingPoint minute = new ServingPoint();
      ServingMinute one = new ServingMinute();
      for (long m = until - minutes; m < until; m++) {
        one.fill(server, m, minute);
        totals.add(minute);
        gauges[0] += server.kind() == ServerKind.TRITON ? minute.pending : minute.waiting;
        gauges[1] += minute.kvCache;
      }
      models.add(model(server, totals, gauges, minutes, until, prices));
    }
    models.sort(
        Comparator.comparing((ModelServing m) -> m.model().cluster())
            .thenComparing(m -> m.model().namespace())
            .thenComparing(m -> m.model().workload().orElseThrow().name())
            .thenComparing(m -> m.model().name()));
    return new ServingSnapshot(end, window, models, List.of());
  }

  private ModelServing model(
      DemoServer server,
      ServingPoint t,
      double[] gauges,
      long minutes,
      long until,
      Function<String, Optional<UnitPrices>> prices) {
    ServerKind kind = server.kind();
    int pods = server.replicas();
    double seconds = minutes * 60.0;
    double requests = t.requests * pods / seconds;
    boolean llm = kind == ServerKind.VLLM || kind == ServerKind.TGI;
    OptionalDouble generated =
        llm ? OptionalDouble.of(t.generatedTokens * pods / seconds) : OptionalDouble.empty();
    HeldResources held = held(server);
    List<String> problems = new ArrayList<>(kind.gaps());
    OptionalDouble busy =
        held.gpus() > 0 ? gpuBusy(server, until - minutes, until) : OptionalDouble.empty();
    Optional<UnitPrices> unit = prices.apply(server.cluster());
    if (unit.isEmpty()) {
      problems.add("no cost: no unit prices for cluster " + server.cluster());
    }
    String name = kind == ServerKind.TGI ? server.workload().ref().name() : server.model();
    return new ModelServing(
        new ServedModel(
            kind,
            name,
            server.cluster(),
            server.workload().ref().namespace(),
            Optional.of(server.workload().ref())),
        OptionalDouble.of(requests),
        t.requests > 0 ? OptionalDouble.of(t.failures / t.requests) : OptionalDouble.empty(),
        kind == ServerKind.TRITON ? Optional.empty() : percentiles(latencyBuckets(server, t)),
        meanLatency(kind, t),
        kind == ServerKind.VLLM
            ? percentiles(buckets(ServingBuckets.VLLM_TTFT, t.ttft))
            : Optional.empty(),
        llm
            ? percentiles(
                buckets(
                    kind == ServerKind.VLLM ? ServingBuckets.VLLM_TPOT : ServingBuckets.TGI_TPOT,
                    t.tpot))
            : Optional.empty(),
        llm
            ? Optional.of(new TokenRates(t.promptTokens * pods / seconds, generated.getAsDouble()))
            : Optional.empty(),
        kind == ServerKind.TRITON
            ? OptionalDouble.of(t.inferences * pods / seconds)
            : OptionalDouble.empty(),
        kind == ServerKind.OTEL
            ? OptionalDouble.empty()
            : OptionalDouble.of(gauges[0] * pods / minutes),
        kind == ServerKind.TRITON && t.requests > t.failures
            ? OptionalDouble.of(t.queueMicros / (t.requests - t.failures) * 1e-6)
            : OptionalDouble.empty(),
        kind == ServerKind.VLLM ? OptionalDouble.of(gauges[1] / minutes) : OptionalDouble.empty(),
        busy,
        unit.map(u -> ServingCost.of(held, 1, u, requests, generated)),
        problems);
  }

  private static List<Bucket> latencyBuckets(DemoServer server, ServingPoint t) {
    double[] bounds =
        switch (server.kind()) {
          case VLLM -> ServingBuckets.VLLM_E2E;
          case TGI -> ServingBuckets.TGI_DURATION;
          default -> ServingBuckets.HTTP;
        };
    List<Bucket> buckets = new ArrayList<>(buckets(bounds, t.latency));
    if (server.kind() == ServerKind.OTEL) {
      buckets.addAll(buckets(bounds, t.errorLatency));
    }
    return buckets;
  }

  private static OptionalDouble meanLatency(ServerKind kind, ServingPoint t) {
    return switch (kind) {
      case TRITON ->
          t.requests > t.failures
              ? OptionalDouble.of(t.durationMicros / (t.requests - t.failures) * 1e-6)
              : OptionalDouble.empty();
      case OTEL ->
          t.requests > 0
              ? OptionalDouble.of((t.latencySum + t.errorLatencySum) / t.requests)
              : OptionalDouble.empty();
      case VLLM, TGI ->
          t.requests > 0 ? OptionalDouble.of(t.latencySum / t.requests) : OptionalDouble.empty();
    };
  }

  private static List<Bucket> buckets(double[] bounds, double[] cumulative) {
    List<Bucket> buckets = new ArrayList<>();
    for (int k = 0; k < bounds.length; k++) {
      buckets.add(new Bucket(bounds[k], cumulative[k]));
    }
    return buckets;
  }

  private static Optional<Percentiles> percentiles(List<Bucket> buckets) {
    return BucketQuantile.percentiles(buckets);
  }

  /** What the workload's pods request, every container, as kube-state-metrics reports it. */
  private static HeldResources held(DemoServer server) {
    double cores = 0;
    double bytes = 0;
    double gpus = 0;
    for (SimContainer c : server.workload().containers()) {
      cores += c.spec().requests().cpuCores();
      bytes += c.spec().requests().memoryBytes();
      gpus += c.spec().gpu().gpuEquivalent();
    }
    int pods = server.replicas();
    return new HeldResources(cores * pods, bytes * pods, gpus * pods);
  }

  /**
   * The mean of the recorded GPU use of the window's minutes: DCGM's utilization for whole GPUs,
   * the engine activity for MIG slices (which report no utilization).
   */
  private OptionalDouble gpuBusy(DemoServer server, long from, long until) {
    SimContainer container = server.workload().primary();
    boolean mig = container.spec().gpu() instanceof GpuAllocation.Mig;
    Series series =
        simulator
            .track(container)
            .usage(Map.of())
            .history()
            .get(mig ? Metric.GPU_ENGINE_ACTIVE : Metric.GPU_UTILIZATION);
    if (series == null) {
      return OptionalDouble.empty();
    }
    long first = series.epochSecondAt(0) / 60;
    double sum = 0;
    int count = 0;
    for (long m = Math.max(from, first); m < until && m - first < series.size(); m++) {
      double v = series.get((int) (m - first));
      if (!Double.isNaN(v)) {
        sum += v;
        count++;
      }
    }
    return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
  }
}
