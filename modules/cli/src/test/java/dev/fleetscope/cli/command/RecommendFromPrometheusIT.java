package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.cli.output.RecommendationJson;
import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.engine.PercentileStrategy;
import dev.fleetscope.engine.Strategy;
import dev.fleetscope.engine.VpaStrategy;
import dev.fleetscope.engine.fleet.ContainerRecommendation;
import dev.fleetscope.engine.fleet.FleetRightsizer;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.Series;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.prometheus.HistoryRequest;
import dev.fleetscope.prometheus.PrometheusServer;
import dev.fleetscope.prometheus.StepGrid;
import dev.fleetscope.runtime.rightsizing.HistoryRecommender;
import dev.fleetscope.runtime.rightsizing.NamedRecommendation;
import dev.fleetscope.simulator.OpenMetricsHistory;
import dev.fleetscope.simulator.Simulator;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recommend --prometheus} against the Debian Prometheus over the demo fleet's own 14 days: a
 * few workloads' minute-by-minute history written by the simulator ({@link OpenMetricsHistory}) and
 * backfilled with promtool.
 *
 * <p>What the command recommends from Prometheus is what the engine recommends from the simulator's
 * own series on the same five-minute steps (CPU the mean of the step's minutes, memory their peak),
 * to the last digit of the JSON, but for one thing: both sides round each step's value to the
 * model's half-precision {@link Series} before the engine sees it, and {@code rate()} over the
 * simulator's counters differs from the test's own mean by float error only, so the two round to
 * the same half-precision value unless a step lies within that error of a rounding midpoint. Such a
 * step moves to the neighbouring value, which leaves peaks as they are, and percentiles unless it
 * is one of the two samples a percentile interpolates between, but can move one sample across the
 * request in the replay's count; those shares agree to two samples in 4,032. {@code max_over_time}
 * is the peak itself. Only containers that ran at every step are compared: at a pod's start or end
 * {@code rate()} extrapolates over part of a step, which the simulator's minutes do not.
 */
class RecommendFromPrometheusIT {
  private static final Duration STEP = Duration.ofMinutes(5);

  /**
   * A fixed fortnight: which steps lie at a rounding midpoint depends on the data, so a window that
   * followed the clock made the test's answer change from run to run (once in CI a moved step was
   * one of the two the percentile interpolates between).
   */
  private static final Instant END = Instant.parse("2026-11-20T00:00:00Z");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static PrometheusServer prometheus;
  private static Instant end;
  private static FleetSnapshot own;
  private static Set<WorkloadRef> selected;
  private static String lastErr = "";

  @BeforeAll
  static void backfillTheDemoFleetsFortnight() throws Exception {
    PrometheusServer.assumeInstalled();
    end = END;
    Simulator simulator = new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(end, ZoneOffset.UTC));
    simulator.buildHistory();
    own = simulator.snapshot("simulator");
    selected = select(own);
    Path file = dir.resolve("demo.om");
    try (Writer out = Files.newBufferedWriter(file)) {
      new OpenMetricsHistory(simulator, selected::contains, Duration.ofMinutes(1)).write(out);
    }
    prometheus = PrometheusServer.start(PrometheusServer.backfill(file, dir), null);
  }

  @AfterAll
  static void stop() {
    if (prometheus != null) {
      prometheus.close();
    }
  }

  @Test
  void recommendsFromPrometheusWhatTheEngineRecommendsFromTheSimulatorsOwnSeries()
      throws Exception {
    for (String strategy : List.of("fleetscope", "vpa", "percentile")) {
      long started = System.nanoTime();
      Map<String, JsonNode> read = recommend("--strategy", strategy);
      System.out.printf(
          "recommend --prometheus --strategy %s: %d containers, 14 days at 5 min, %.1f s%n",
          strategy, read.size(), (System.nanoTime() - started) / 1e9);
      Map<String, JsonNode> expected = json(expected(strategy(strategy)));
      assertEquals(expected.keySet(), read.keySet());
      assertTrue(read.size() >= 8, read.keySet().toString());
      assertTrue(
          read.keySet().stream().anyMatch(c -> c.endsWith("/" + ContainerChange.POD)),
          "a pod-level pod is sized as one: " + read.keySet());
      expected.forEach(
          (container, recommendation) ->
              assertSameUpToRounding(
                  recommendation, read.get(container), strategy + " " + container));
    }
  }

  /**
   * The server-side percentile is Prometheus's {@code quantile_over_time} of the exact per-step
   * values; the client side's is numpy's of the half-precision steps: the same interpolation, so
   * the requests and limits agree to half a half-precision step (2^-11 relative). The replay is
   * approximated server-side (the share above the request from the percentile's rank, which assumes
   * no ties; the half-precision steps do tie), so its share agrees to a few samples in 4,032.
   */
  @Test
  void theServerSideModeAgreesWithinWhatItApproximates() throws Exception {
    Map<String, JsonNode> client = recommend("--strategy", "percentile");
    long started = System.nanoTime();
    Map<String, JsonNode> server = recommend("--strategy", "percentile", "--server-side");
    System.out.printf(
        "recommend --prometheus --server-side: %d containers, %.1f s%n",
        server.size(), (System.nanoTime() - started) / 1e9);
    // a pod sized at pod level needs every sample: the server-side mode leaves it out
    Set<String> perContainer =
        client.keySet().stream()
            .filter(c -> !c.endsWith("/" + ContainerChange.POD))
            .collect(Collectors.toSet());
    assertTrue(perContainer.size() < client.size(), "the pod-level pod is among the workloads");
    assertEquals(perContainer, server.keySet());
    assertTrue(
        lastErr.contains(
            "; 1 pods with pod-level resources left out (sized from every sample: leave out"
                + " --server-side)"),
        lastErr);
    double worstCpu = 0;
    double worstShare = 0;
    for (String container : perContainer) {
      JsonNode c = client.get(container);
      JsonNode s = server.get(container);
      double cpu = c.at("/cpu/request").asDouble();
      assertEquals(cpu, s.at("/cpu/request").asDouble(), cpu * 0x1p-11, container + " CPU request");
      long memory = c.at("/memory/limit").asLong();
      assertEquals(
          memory, s.at("/memory/limit").asDouble(), memory * 0x1p-11, container + " memory limit");
      assertEquals(c.at("/memory/request"), c.at("/memory/limit"));
      assertTrue(s.at("/cpu/limit").isNull());
      double share = c.at("/replay/cpuOverRequestShare").asDouble();
      assertEquals(
          share,
          s.at("/replay/cpuOverRequestShare").asDouble(),
          8 / 4032.0,
          container + " share above the request");
      assertEquals(c.at("/replay/cpuSamples"), s.at("/replay/cpuSamples"));
      assertEquals(c.at("/replay/memoryOverLimitSamples"), s.at("/replay/memoryOverLimitSamples"));
      assertEquals(c.get("confidence"), s.get("confidence"));
      worstCpu = Math.max(worstCpu, Math.abs(cpu - s.at("/cpu/request").asDouble()) / cpu);
      worstShare =
          Math.max(worstShare, Math.abs(share - s.at("/replay/cpuOverRequestShare").asDouble()));
    }
    System.out.printf(
        "server-side vs client-side: CPU request within %.2e relative, share above the request within %.4f%n",
        worstCpu, worstShare);
  }

  private static void assertSameUpToRounding(JsonNode expected, JsonNode read, String what) {
    for (String share : List.of("cpuOverRequestShare", "cpuOverLimitShare")) {
      assertEquals(
          expected.at("/replay/" + share).asDouble(),
          read.at("/replay/" + share).asDouble(),
          2 / 4032.0,
          what + " " + share);
    }
    assertEquals(withoutShares(expected), withoutShares(read), what);
  }

  private static JsonNode withoutShares(JsonNode recommendation) {
    com.fasterxml.jackson.databind.node.ObjectNode copy = recommendation.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) copy.get("replay"))
        .remove(List.of("cpuOverRequestShare", "cpuOverLimitShare"));
    return copy;
  }

  private static Map<String, JsonNode> json(List<ContainerRecommendation> recommendations)
      throws Exception {
    java.io.StringWriter text = new java.io.StringWriter();
    new RecommendationJson()
        .write(
            recommendations.stream()
                .map(c -> new NamedRecommendation(c.ref().id(), c.recommendation()))
                .toList(),
            text);
    Map<String, JsonNode> byContainer = new HashMap<>();
    JSON.readTree(text.toString())
        .get("recommendations")
        .forEach(r -> byContainer.put(r.get("container").asText(), r));
    return byContainer;
  }

  private static Strategy strategy(String name) {
    return switch (name) {
      case FleetscopeStrategy.NAME -> FleetscopeStrategy.DEFAULT;
      case VpaStrategy.NAME -> new VpaStrategy();
      default -> PercentileStrategy.DEFAULT;
    };
  }

  @Test
  void tellsOnStandardErrorWhatTheLongFetchIsDoing() {
    CliTestSupport.Result result =
        CliTestSupport.run(
            new RecommendCommand(CliTestSupport.HOST),
            "--prometheus",
            prometheus.url(),
            "--cluster-label",
            "cluster",
            "--end",
            end.toString(),
            "--format",
            "json");
    assertEquals(0, result.exitCode(), result.err());
    List<String> lines = result.err().lines().toList();
    assertEquals("[  0%] Reading which workload each pod belonged to", lines.getFirst());
    assertTrue(lines.contains("[  5%] Reading CPU usage from Prometheus"), lines.toString());
    assertTrue(
        lines
            .getLast()
            .matches(
                "9 containers recommended from PT336H of history at PT5M steps in [0-9.]+ s \\(20 requests to "
                    + java.util.regex.Pattern.quote(prometheus.url())
                    + "\\)"),
        lines.getLast());
  }

  private static Map<String, JsonNode> recommend(String... more) throws Exception {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--prometheus",
                prometheus.url(),
                "--cluster-label",
                "cluster",
                "--end",
                end.toString(),
                "--window",
                "14d",
                "--step",
                "5m",
                "--format",
                "json"));
    args.addAll(List.of(more));
    CliTestSupport.Result result =
        CliTestSupport.run(new RecommendCommand(CliTestSupport.HOST), args.toArray(String[]::new));
    assertEquals(0, result.exitCode(), result.err());
    lastErr = result.err();
    Map<String, JsonNode> byContainer = new HashMap<>();
    JSON.readTree(result.out())
        .get("recommendations")
        .forEach(r -> byContainer.put(r.get("container").asText(), r));
    return byContainer;
  }

  /**
   * The engine on the simulator's own minutes laid on Prometheus's five-minute grid, priced as the
   * command prices.
   */
  private static List<ContainerRecommendation> expected(Strategy strategy) {
    StepGrid grid = HistoryRequest.ending(end, Simulator.HISTORY, STEP).grid();
    Map<ContainerRef, ContainerUsage> usage = new HashMap<>();
    own.usage()
        .forEach(
            (ref, u) -> {
              if (selected.contains(ref.workload())) {
                usage.put(ref, onGrid(u, grid));
              }
            });
    FleetSnapshot snapshot = new FleetSnapshot(end, own.clusters(), usage, List.of());
    return new FleetRightsizer(strategy)
        .recommend(snapshot).containers().stream()
            .map(
                c ->
                    new ContainerRecommendation(
                        c.ref(),
                        c.replicas(),
                        HistoryRecommender.priced(c.recommendation(), UnitPrices.DEFAULT)))
            .toList();
  }

  /**
   * Step {@code k} covers the minutes stamped in {@code (t_k - 5 min, t_k]}: minute {@code i} is
   * stamped at its end.
   */
  private static ContainerUsage onGrid(ContainerUsage minutes, StepGrid grid) {
    Map<Metric, Series> history = new EnumMap<>(Metric.class);
    for (Metric metric : List.of(Metric.CPU_CORES, Metric.MEMORY_BYTES)) {
      Series series = minutes.history(metric);
      double[] values = new double[grid.points()];
      int perStep = (int) (STEP.toSeconds() / series.stepSeconds());
      for (int k = 0; k < grid.points(); k++) {
        long t = grid.first().getEpochSecond() + k * STEP.toSeconds();
        int last = (int) ((t - series.start().getEpochSecond()) / series.stepSeconds()) - 1;
        double sum = 0;
        double peak = Double.NaN;
        int n = 0;
        for (int i = last - perStep + 1; i <= last; i++) {
          double v = i >= 0 && i < series.size() ? series.get(i) : Double.NaN;
          if (!Double.isNaN(v)) {
            sum += v;
            peak = Double.isNaN(peak) ? v : Math.max(peak, v);
            n++;
          }
        }
        values[k] = n == 0 ? Double.NaN : metric == Metric.CPU_CORES ? sum / n : peak;
      }
      history.put(metric, Series.of(metric, grid.first().minus(STEP), STEP, values));
    }
    return new ContainerUsage(minutes.ref(), history, Map.of(), minutes.oomKills());
  }

  /**
   * Deployments and StatefulSets of at most two pods that ran throughout the fortnight, without
   * GPUs, HPAs or OOM kills: their every step is a whole five minutes on both sides.
   */
  private static Set<WorkloadRef> select(FleetSnapshot fleet) {
    Set<WorkloadRef> picked =
        fleet
            .workloads()
            .filter(w -> comparable(fleet, w) && !w.podLevel())
            .limit(6)
            .map(Workload::ref)
            .collect(Collectors.toSet());
    // and the pod sized at pod level (spec.resources), which only kube-scheduler's metrics show
    fleet
        .workloads()
        .filter(w -> comparable(fleet, w) && w.podLevel())
        .forEach(w -> picked.add(w.ref()));
    return picked;
  }

  private static boolean comparable(FleetSnapshot fleet, Workload w) {
    return (w.kind() == WorkloadKind.DEPLOYMENT || w.kind() == WorkloadKind.STATEFUL_SET)
        && w.pods().size() <= 2
        && w.gpusPerReplica() == 0
        && w.autoscaler().isEmpty()
        && ranThroughout(fleet, w);
  }

  private static boolean ranThroughout(FleetSnapshot fleet, Workload w) {
    return w.containers().stream()
        .allMatch(
            c ->
                fleet
                    .usage(w.ref().container(c.name()))
                    .map(
                        u -> {
                          double[] cpu = u.history(Metric.CPU_CORES).toArray();
                          return u.oomKills().isEmpty()
                              && cpu.length == Simulator.HISTORY.toMinutes()
                              && java.util.Arrays.stream(cpu).noneMatch(Double::isNaN);
                        })
                    .orElse(false));
  }
}
