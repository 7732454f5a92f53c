package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.ServerKind;
import dev.fleetscope.prometheus.PrometheusServer;
import dev.fleetscope.simulator.DemoFleetSource;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serving --prometheus} against the Debian Prometheus holding the demo fleet's model servers
 * (a vLLM, a Triton and an OpenTelemetry model with the fewest pods: the simulator's OpenMetrics
 * history, backfilled with promtool) prints what {@code serving --demo} computes for the same
 * models without Prometheus, number for number, at the same unit prices.
 */
class ServingFromPrometheusIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double RELATIVE = 1e-9;
  private static final String[] PRICES = {
    "--core-hour-price", "0.04", "--gib-hour-price", "0.005", "--gpu-hour-price", "2.1"
  };

  @TempDir Path dir;

  @Test
  void readsFromPrometheusWhatTheDemoComputes() throws Exception {
    PrometheusServer.assumeInstalled();
    Instant end = Instant.ofEpochSecond(Instant.now().getEpochSecond() / 3600 * 3600);
    Simulator simulator = new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(end, ZoneOffset.UTC));
    simulator.buildHistory();
    Set<WorkloadRef> selected = fewestPods(simulator, end);
    Path file = dir.resolve("serving.om");
    try (Writer out = Files.newBufferedWriter(file)) {
      new OpenMetricsHistory(simulator, selected::contains, Duration.ofMinutes(1)).write(out);
    }
    try (PrometheusServer server =
        PrometheusServer.start(PrometheusServer.backfill(file, dir), null)) {
      ServingCommand command =
          new ServingCommand(CliTestSupport.HOST.withClock(Clock.fixed(end, ZoneOffset.UTC)));
      CliTestSupport.Result read =
          CliTestSupport.run(
              command,
              args(
                  end,
                  "--prometheus",
                  server.url(),
                  "--cluster-label",
                  "cluster",
                  "--format",
                  "json"));
      assertEquals(0, read.exitCode(), read.err());
      CliTestSupport.Result demo =
          CliTestSupport.run(
              new ServingCommand(CliTestSupport.HOST.withClock(Clock.fixed(end, ZoneOffset.UTC))),
              args(end, "--demo", "--format", "json"));
      assertEquals(0, demo.exitCode(), demo.err());

      List<JsonNode> expected = new ArrayList<>();
      JSON.readTree(demo.out())
          .get("models")
          .forEach(
              m -> {
                if (selected.stream()
                    .anyMatch(
                        w ->
                            w.name().equals(m.get("workload").asText())
                                && w.namespace().equals(m.get("namespace").asText()))) {
                  expected.add(m);
                }
              });
      JsonNode actual = JSON.readTree(read.out()).get("models");
      assertEquals(selected.size(), expected.size());
      assertEquals(expected.size(), actual.size(), read.out());
      for (int i = 0; i < expected.size(); i++) {
        same(expected.get(i), actual.get(i), expected.get(i).get("model").asText());
      }
      String tritonGap = "warning: triton ";
      assertTrue(
          read.err()
              .lines()
              .anyMatch(
                  l -> l.startsWith(tritonGap) && l.endsWith(ServerKind.TRITON.gaps().getFirst())),
          read.err());
      assertTrue(read.err().contains("queries to " + server.url()), read.err());
    }
  }

  /** Numbers equal to float error, strings and nulls exactly, field for field. */
  private static void same(JsonNode expected, JsonNode actual, String what) {
    assertEquals(
        expected.getNodeType(), actual.getNodeType(), what + ": " + expected + " vs " + actual);
    if (expected.isNumber()) {
      double e = expected.asDouble();
      assertTrue(
          Math.abs(e - actual.asDouble()) <= Math.abs(e) * RELATIVE + 1e-12,
          what + ": expected " + e + ", read " + actual.asDouble());
    } else if (expected.isObject()) {
      List<String> names = new ArrayList<>();
      expected.fieldNames().forEachRemaining(names::add);
      List<String> read = new ArrayList<>();
      actual.fieldNames().forEachRemaining(read::add);
      assertEquals(names, read, what);
      for (String name : names) {
        same(expected.get(name), actual.get(name), what + "." + name);
      }
    } else {
      assertEquals(expected, actual, what);
    }
  }

  /** Per kind but TGI (one per fleet, many pods), the serving workload with the fewest pods. */
  private static Set<WorkloadRef> fewestPods(Simulator simulator, Instant end) {
    Map<WorkloadRef, Integer> pods =
        simulator.snapshot(DemoFleetSource.ID).clusters().stream()
            .flatMap(c -> c.workloads())
            .collect(Collectors.toMap(Workload::ref, w -> w.pods().size()));
    List<ModelServing> models =
        new DemoServing(simulator)
            .snapshot(end, Duration.ofHours(1), c -> Optional.empty())
            .models();
    List<WorkloadRef> picked = new ArrayList<>();
    for (ServerKind kind : List.of(ServerKind.VLLM, ServerKind.TRITON, ServerKind.OTEL)) {
      models.stream()
          .filter(m -> m.model().server() == kind)
          .map(m -> m.model().workload().orElseThrow())
          .min(Comparator.comparing(pods::get))
          .ifPresent(picked::add);
    }
    return Set.copyOf(picked);
  }

  /** {@code args}, then the window's end and the prices both runs use. */
  private static String[] args(Instant end, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--end", end.toString()));
    all.addAll(List.of(PRICES));
    return all.toArray(String[]::new);
  }
}
