package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.drift.ColumnResult;
import dev.fleetscope.drift.DriftOptions;
import dev.fleetscope.drift.HistogramDrift;
import dev.fleetscope.prometheus.PrometheusServer;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift --prometheus} against the Debian Prometheus, backfilled with promtool from three
 * hours of a model server's score histogram: the ranker's scores shift upwards after the first
 * ninety minutes, the other model's do not. Every minute adds exactly the same observations per
 * bucket within each half, so the bucket shares Prometheus counts in a window are the ones written
 * here, and the report must say what {@link HistogramDrift} says of them.
 */
class DriftFromPrometheusIT {
  private static final double[] BOUNDS = {0.25, 0.5, 0.75, 1, Double.POSITIVE_INFINITY};

  /** Observations per minute in each bucket (not cumulative): before and after the shift. */
  private static final int[] BEFORE = {20, 60, 80, 30, 10};

  private static final int[] AFTER = {10, 30, 70, 60, 30};
  private static final int MINUTES = 180;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static PrometheusServer prometheus;
  private static Instant start;

  @BeforeAll
  static void backfillThreeHoursOfScores() throws Exception {
    PrometheusServer.assumeInstalled();
    start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(MINUTES + 10));
    Path file = dir.resolve("scores.om");
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("# TYPE model_score histogram\n");
      writeSeries(out, "ranker", true);
      writeSeries(out, "other", false);
      out.write("# EOF\n");
    }
    prometheus = PrometheusServer.start(PrometheusServer.backfill(file, dir), null);
  }

  /**
   * One sample a minute of the cumulative bucket counters, their count and sum, as a model server
   * exports them.
   */
  private static void writeSeries(Writer out, String model, boolean shifts) throws Exception {
    long[] cumulative = new long[BOUNDS.length];
    for (int minute = 0; minute <= MINUTES; minute++) {
      int[] added = shifts && minute > MINUTES / 2 ? AFTER : BEFORE;
      long below = 0;
      for (int b = 0; b < BOUNDS.length; b++) {
        below += minute == 0 ? 0 : added[b];
        cumulative[b] += minute == 0 ? 0 : below;
      }
      long second = start.getEpochSecond() + minute * 60L;
      for (int b = 0; b < BOUNDS.length; b++) {
        String le = b == BOUNDS.length - 1 ? "+Inf" : String.valueOf(BOUNDS[b]);
        out.write(
            String.format(
                Locale.ROOT,
                "model_score_bucket{model=\"%s\",le=\"%s\"} %d %d%n",
                model,
                le,
                cumulative[b],
                second));
      }
      long count = cumulative[BOUNDS.length - 1];
      out.write(
          String.format(
              Locale.ROOT, "model_score_count{model=\"%s\"} %d %d%n", model, count, second));
      out.write(
          String.format(
              Locale.ROOT, "model_score_sum{model=\"%s\"} %d %d%n", model, count / 2, second));
    }
  }

  @AfterAll
  static void stop() {
    if (prometheus != null) {
      prometheus.close();
    }
  }

  @Test
  void reportsTheShiftedModelsScoresAsDriftAndTheOthersAsStable() throws Exception {
    JsonNode ranker = drift("model=\"ranker\"");
    JsonNode column = ranker.get("columns").get(0);
    ColumnResult.Tested expected =
        (ColumnResult.Tested)
            new HistogramDrift(DriftOptions.defaults())
                .compare("model_score", BOUNDS, perWindow(BEFORE), perWindow(AFTER));
    assertEquals("model_score", column.get("column").asText());
    assertEquals(expected.test().label(), column.get("test").asText());
    assertEquals(expected.score(), column.get("score").asDouble(), 1e-9 * expected.score());
    assertTrue(column.get("drift").asBoolean(), column.toString());
    assertTrue(ranker.get("dataset_drift").asBoolean());

    JsonNode other = drift("model=\"other\"").get("columns").get(0);
    assertEquals(0, other.get("score").asDouble(), 1e-6);
    assertTrue(!other.get("drift").asBoolean(), other.toString());
  }

  @Test
  void anUnknownHistogramOrAnUnreachablePrometheusIsAClearError() {
    CliTestSupport.Result unknown =
        CliTestSupport.run(
            new DriftCommand(), args(prometheus.url(), "model_latency", "model=\"ranker\""));
    assertEquals(ExitCode.NOTHING_TO_WORK_ON, unknown.exitCode());
    assertTrue(
        unknown.err().contains("no model_latency_bucket series matching {model=\"ranker\"}"),
        unknown.err());
    assertEquals("", unknown.out());

    CliTestSupport.Result down =
        CliTestSupport.run(new DriftCommand(), args("http://127.0.0.1:1", "model_score", null));
    assertEquals(ExitCode.SOURCE_FAILED, down.exitCode(), down.err());
    assertTrue(down.err().contains("bucket counts of model_score"), down.err());
    assertEquals("", down.out());
  }

  @Test
  void windowsAreRequiredWithPrometheus() {
    CliTestSupport.Result result =
        CliTestSupport.run(
            new DriftCommand(), "--prometheus", prometheus.url(), "--histogram", "model_score");
    assertEquals(ExitCode.BAD_INPUT, result.exitCode());
    assertTrue(
        result.err().contains("--prometheus needs --reference-window and --current-window"),
        result.err());
  }

  private static JsonNode drift(String match) throws Exception {
    CliTestSupport.Result result =
        CliTestSupport.run(new DriftCommand(), args(prometheus.url(), "model_score", match));
    assertEquals(0, result.exitCode(), result.err());
    return JSON.readTree(result.out());
  }

  /** An hour in each half, well inside it: minutes 20-80 before the shift, 110-170 after. */
  private static String[] args(String url, String histogram, String match) {
    String reference =
        start.plus(Duration.ofMinutes(20)) + "/" + start.plus(Duration.ofMinutes(80));
    String current =
        start.plus(Duration.ofMinutes(110)) + "/" + start.plus(Duration.ofMinutes(170));
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "--prometheus",
                url,
                "--histogram",
                histogram,
                "--reference-window",
                reference,
                "--current-window",
                current,
                "--format",
                "json"));
    if (match != null) {
      args.addAll(java.util.List.of("--match", match));
    }
    return args.toArray(String[]::new);
  }

  /**
   * An hour's cumulative counts of the per-minute observations: shares are all that the test's
   * score depends on.
   */
  private static double[] perWindow(int[] perMinute) {
    double[] cumulative = new double[perMinute.length];
    double below = 0;
    for (int b = 0; b < perMinute.length; b++) {
      below += 60.0 * perMinute[b];
      cumulative[b] = below;
    }
    return cumulative;
  }
}
