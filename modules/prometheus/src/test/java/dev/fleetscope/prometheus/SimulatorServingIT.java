package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.Percentiles;
import dev.fleetscope.model.serving.ServerKind;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.simulator.DemoServing;
import dev.fleetscope.simulator.OpenMetricsHistory;
import dev.fleetscope.simulator.Simulator;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's model servers, written by the simulator's OpenMetrics history, backfilled with
 * promtool and read back by {@link ServingReader}: every model's every figure equals what the
 * simulator itself says of the same window ({@link DemoServing}), computed from its minutes without
 * Prometheus.
 */
class SimulatorServingIT {
  private static final double RELATIVE = 1e-9;

  @TempDir Path dir;

  @Test
  void readsTheDemoServersAsTheSimulatorServedThem() throws Exception {
    PrometheusServer.assumeInstalled();
    Instant end = Instant.ofEpochSecond(Instant.now().getEpochSecond() / 3600 * 3600);
    Simulator simulator = new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(end, ZoneOffset.UTC));
    simulator.buildHistory();
    Map<String, UnitPrices> unitPrices =
        simulator.snapshot("demo").clusters().stream()
            .collect(Collectors.toMap(Cluster::name, UnitPrices::of));
    Function<String, Optional<UnitPrices>> prices = c -> Optional.ofNullable(unitPrices.get(c));
    DemoServing demo = new DemoServing(simulator);
    Map<WorkloadRef, Integer> pods =
        simulator.snapshot("demo").clusters().stream()
            .flatMap(c -> c.workloads())
            .collect(Collectors.toMap(Workload::ref, w -> w.pods().size()));
    Set<WorkloadRef> selected = select(demo.snapshot(end, Duration.ofHours(1), prices), pods);
    Path file = dir.resolve("serving.om");
    try (Writer out = Files.newBufferedWriter(file)) {
      new OpenMetricsHistory(simulator, selected::contains, Duration.ofMinutes(1)).write(out);
    }
    try (PrometheusServer server =
            PrometheusServer.start(PrometheusServer.backfill(file, dir), null);
        PrometheusClient client =
            new PrometheusClient(
                ConnectionSettings.forUrl(server.url())
                    .withLabels(LabelNames.STANDARD.withClusterLabel("cluster")))) {
      for (Duration window : List.of(Duration.ofHours(1), Duration.ofHours(5))) {
        ServingSnapshot read = new ServingReader(client).read(end, window, prices);
        List<ModelServing> expected =
            demo.snapshot(end, window, prices).models().stream()
                .filter(m -> selected.contains(m.model().workload().orElseThrow()))
                .toList();
        assertEquals(
            expected.stream().map(m -> m.model()).toList(),
            read.models().stream().map(m -> m.model()).toList());
        for (int i = 0; i < expected.size(); i++) {
          compare(expected.get(i), read.models().get(i), window);
        }
      }
    }
  }

  /**
   * The models with the fewest pods (the 14 days of usage written besides are the slow part): one
   * of each kind, two vLLMs (one of each metric name, as the demo alternates them) and a Triton on
   * MIG slices.
   */
  private static Set<WorkloadRef> select(ServingSnapshot demo, Map<WorkloadRef, Integer> pods) {
    Comparator<ModelServing> fewestPods =
        Comparator.comparing((ModelServing m) -> pods.get(m.model().workload().orElseThrow()));
    List<WorkloadRef> picked = new ArrayList<>();
    for (ServerKind kind : ServerKind.values()) {
      demo.models().stream()
          .filter(m -> m.model().server() == kind)
          .sorted(kind == ServerKind.VLLM ? Comparator.comparing(m -> 0) : fewestPods)
          .limit(kind == ServerKind.VLLM ? 2 : 1)
          .forEach(m -> picked.add(m.model().workload().orElseThrow()));
    }
    demo.models().stream()
        .filter(m -> m.model().server() == ServerKind.TRITON)
        .filter(m -> m.cost().orElseThrow().held().gpus() % 1 != 0)
        .min(fewestPods)
        .ifPresent(m -> picked.add(m.model().workload().orElseThrow()));
    return Set.copyOf(picked);
  }

  private static void compare(ModelServing expected, ModelServing actual, Duration window) {
    String what = expected.model() + " over " + window + " ";
    close(expected.requestsPerSecond(), actual.requestsPerSecond(), what + "requests/s");
    close(expected.errorRatio(), actual.errorRatio(), what + "error ratio");
    percentiles(expected.latency(), actual.latency(), what + "latency");
    close(expected.meanLatencySeconds(), actual.meanLatencySeconds(), what + "mean latency");
    percentiles(expected.timeToFirstToken(), actual.timeToFirstToken(), what + "TTFT");
    percentiles(expected.timePerOutputToken(), actual.timePerOutputToken(), what + "TPOT");
    assertEquals(
        expected.tokensPerSecond().isPresent(), actual.tokensPerSecond().isPresent(), what);
    expected
        .tokensPerSecond()
        .ifPresent(
            t -> {
              close(
                  t.promptPerSecond(),
                  actual.tokensPerSecond().get().promptPerSecond(),
                  what + "prompt");
              close(
                  t.generationPerSecond(),
                  actual.tokensPerSecond().get().generationPerSecond(),
                  what + "generation");
            });
    close(expected.inferencesPerSecond(), actual.inferencesPerSecond(), what + "inferences/s");
    close(expected.queueLength(), actual.queueLength(), what + "queue length");
    close(expected.meanQueueSeconds(), actual.meanQueueSeconds(), what + "mean queue time");
    close(expected.kvCacheUsage(), actual.kvCacheUsage(), what + "KV-cache");
    close(expected.gpuBusyShare(), actual.gpuBusyShare(), what + "GPU busy");
    var cost = expected.cost().orElseThrow();
    var read = actual.cost().orElseThrow(() -> new AssertionError(what + actual.problems()));
    close(cost.held().cores(), read.held().cores(), what + "cores held");
    close(cost.held().memoryBytes(), read.held().memoryBytes(), what + "memory held");
    close(cost.held().gpus(), read.held().gpus(), what + "GPUs held");
    close(cost.perHour(), read.perHour(), what + "cost per hour");
    close(cost.per1kRequests(), read.per1kRequests(), what + "cost per 1k requests");
    close(
        cost.perMillionGeneratedTokens(),
        read.perMillionGeneratedTokens(),
        what + "cost per 1M tokens");
    assertEquals(expected.problems(), actual.problems(), what + "problems");
  }

  private static void percentiles(
      Optional<Percentiles> expected, Optional<Percentiles> actual, String what) {
    assertEquals(expected.isPresent(), actual.isPresent(), what);
    if (expected.isPresent()) {
      close(expected.get().p50(), actual.get().p50(), what + " p50");
      close(expected.get().p95(), actual.get().p95(), what + " p95");
      close(expected.get().p99(), actual.get().p99(), what + " p99");
    }
  }

  private static void close(OptionalDouble expected, OptionalDouble actual, String what) {
    assertEquals(
        expected.isPresent(), actual.isPresent(), what + ": " + expected + " vs " + actual);
    if (expected.isPresent()) {
      close(expected.getAsDouble(), actual.getAsDouble(), what);
    }
  }

  private static void close(double expected, double actual, String what) {
    assertTrue(
        Math.abs(expected - actual) <= Math.abs(expected) * RELATIVE + 1e-12,
        what + ": expected " + expected + ", read " + actual);
  }
}
