package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.runtime.rightsizing.SampleColumns;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RecommendCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void writesTheIssuesJsonWithPlainNumbersAndANullCpuLimit() throws IOException {
    Path csv =
        write(
            "samples.csv",
            shuffled(
                rows("web", 3, 0.4, 500e6, ",1,1073741824,,1073741824"),
                rows("batch,nightly", 3, 0.00005, 100e6, ",0.5,256Mi,,512Mi")),
            "," + String.join(",", SampleColumns.RESOURCES));
    assertEquals(0, run("--samples", csv.toString(), "--format", "json"), err.toString());
    JsonNode json = new ObjectMapper().readTree(out.toString());
    JsonNode first = json.get("recommendations").get(0);
    assertEquals("prod/ml/batch,nightly/api", first.get("container").asText());
    assertEquals(
        List.of("container", "cpu", "memory", "replay", "confidence", "reason"), names(first));
    assertEquals(List.of("request", "limit"), names(first.get("cpu")));
    assertTrue(first.get("cpu").get("limit").isNull());
    assertTrue(first.get("memory").get("limit").isIntegralNumber());
    assertEquals("prod/ml/web/api", json.get("recommendations").get(1).get("container").asText());
    assertFalse(out.toString().matches("(?s).*\\d[eE][+-]?\\d.*"), "scientific notation in " + out);
  }

  @Test
  void percentileStrategyGivesNumpysPercentileAndPeakPlusBuffer() throws IOException {
    // CPU numpy.percentile([0.12, ..., 0.39], 95) = 0.8514999999999999; memory max 2e8 * 1.15 =
    // 2.3e8.
    double[] cpu = {0.12, 0.57, 0.33, 0.91, 0.45, 0.27, 0.78, 0.05, 0.66, 0.39};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < cpu.length; i++) {
      lines.add(
          "prod/ml/c/api,"
              + (1_700_000_000L + 60L * i)
              + ","
              + cpu[i]
              + ","
              + (i == 3 ? 2e8 : 1e8));
    }
    Collections.reverse(lines);
    Path csv = write("s.csv", lines, "");
    assertEquals(
        0,
        run("--samples", csv.toString(), "--strategy", "percentile", "--format", "json"),
        err.toString());
    JsonNode r = new ObjectMapper().readTree(out.toString()).get("recommendations").get(0);
    assertEquals("0.8514999999999999", r.get("cpu").get("request").asText());
    assertEquals(230_000_000L, r.get("memory").get("request").asLong());
    assertEquals(230_000_000L, r.get("memory").get("limit").asLong());
  }

  @Test
  void givesTheSameResultWhateverTheNumberOfPartitions() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int c = 0; c < 12; c++) {
      lines.addAll(rows("c" + c, 2, 0.1 * (c + 1), (c + 1) * 1e8, ""));
    }
    Path csv = write("many.csv", shuffled(lines), "");
    assertEquals(0, run("--samples", csv.toString(), "--format", "csv", "--partitions", "1"));
    String one = out.toString();
    out.getBuffer().setLength(0);
    assertEquals(0, run("--samples", csv.toString(), "--format", "csv", "--partitions", "5"));
    assertEquals(one, out.toString());
    assertTrue(one.startsWith("container,cpu_request_cores,cpu_limit_cores,memory_request_bytes"));
    assertEquals(13, one.lines().count());
  }

  @Test
  void tableShowsUnitsAndTheChangeFromCurrent() throws IOException {
    Path csv =
        write(
            "t.csv",
            rows("web", 3, 0.4, 500e6, ",2,2Gi,,2Gi"),
            "," + String.join(",", SampleColumns.RESOURCES));
    assertEquals(0, run("--samples", csv.toString()));
    String table = out.toString();
    assertTrue(table.startsWith("CONTAINER"), table);
    assertTrue(table.contains("2.00 cores -> "), table);
    assertTrue(table.contains("2.00 GiB -> "), table);
    assertTrue(table.contains("USD/month"), table);
  }

  @Test
  void namesFileLineAndColumnOfAnUnparsableNumber() throws IOException {
    Path csv =
        write(
            "bad.csv",
            List.of("prod/ml/a/api,1700000000,0.5,1e8", "prod/ml/a/api,1700000060,half,1e8"),
            "");
    assertEquals(ExitCode.BAD_INPUT, run("--samples", csv.toString()));
    assertEquals(
        "fleetscope recommend: bad.csv, line 3, column 3 (cpu_cores): not a number: 'half'",
        err.toString().strip());
    assertEquals("", out.toString());
  }

  @Test
  void refusesNegativeUsage() throws IOException {
    Path csv = write("neg.csv", List.of("prod/ml/a/api,1700000000,0.5,-1"), "");
    assertEquals(ExitCode.BAD_INPUT, run("--samples", csv.toString()));
    assertEquals(
        "fleetscope recommend: neg.csv, line 2, column 4 (memory_bytes): negative usage -1",
        err.toString().strip());
  }

  @Test
  void namesAMissingColumn() throws IOException {
    Path csv = dir.resolve("cols.csv");
    Files.writeString(csv, "container,timestamp,cpu_cores\na,1700000000,0.5\n");
    assertEquals(ExitCode.BAD_INPUT, run("--samples", csv.toString()));
    assertTrue(
        err.toString().contains("cols.csv, line 1: missing column 'memory_bytes'"), err.toString());
  }

  @Test
  void refusesAMisspeltColumnAndARowOfTheWrongWidth() throws IOException {
    Path misspelt = dir.resolve("m.csv");
    Files.writeString(misspelt, "container,timestamp,cpu_cores,memory_bytes,cpu_requests\n");
    assertEquals(ExitCode.BAD_INPUT, run("--samples", misspelt.toString()));
    assertTrue(
        err.toString().contains("m.csv, line 1, column 5 (cpu_requests): unknown column"),
        err.toString());
    Path narrow = write("w.csv", List.of("prod/ml/a/api,1700000000,0.5"), "");
    assertEquals(ExitCode.BAD_INPUT, run("--samples", narrow.toString()));
    assertTrue(err.toString().contains("w.csv, line 2: expected 4 fields"), err.toString());
  }

  @Test
  void namesTheLineOfAnUnterminatedQuote() throws IOException {
    Path csv =
        write(
            "q.csv",
            List.of("prod/ml/a/api,1700000000,0.5,1e8", "\"prod/ml/b/api,1700000060,0.5,1e8"),
            "");
    assertEquals(ExitCode.BAD_INPUT, run("--samples", csv.toString()));
    assertTrue(
        err.toString().startsWith("fleetscope recommend: q.csv, line 3: malformed CSV"),
        err.toString());
  }

  @Test
  void leavesTheOutputFileUntouchedOnBadInput() throws IOException {
    Path plan = dir.resolve("PLAN.json");
    Files.writeString(plan, "previous plan");
    List<String> lines = new ArrayList<>(rows("ok", 1, 0.5, 1e8, ""));
    lines.add("prod/ml/broken/api,1700000000,0.5,lots");
    Path csv = write("late.csv", lines, "");
    assertEquals(
        ExitCode.BAD_INPUT,
        run("--samples", csv.toString(), "--format", "json", "-o", plan.toString()));
    assertEquals("previous plan", Files.readString(plan));
    assertEquals(
        List.of("PLAN.json", "late.csv"),
        Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList());
  }

  @Test
  void replacesTheOutputFileWhole() throws IOException {
    Path plan = dir.resolve("PLAN.json");
    Files.writeString(plan, "previous plan");
    Path csv = write("ok.csv", rows("ok", 1, 0.5, 1e8, ""), "");
    assertEquals(0, run("--samples", csv.toString(), "--format", "json", "-o", plan.toString()));
    assertEquals(
        "prod/ml/ok/api",
        new ObjectMapper()
            .readTree(plan.toFile())
            .get("recommendations")
            .get(0)
            .get("container")
            .asText());
    assertEquals("", out.toString());
  }

  @Test
  void refusesOptionsOfAnotherStrategy() throws IOException {
    Path csv = write("o.csv", rows("a", 1, 0.5, 1e8, ""), "");
    assertEquals(ExitCode.BAD_INPUT, run("--samples", csv.toString(), "--cpu-percentile", "90"));
    assertTrue(err.toString().contains("apply to --strategy percentile"), err.toString());
  }

  private int run(String... args) {
    CommandLine command =
        CommandLines.configure(new CommandLine(new RecommendCommand(CliTestSupport.HOST)));
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    return command.execute(args);
  }

  private Path write(String name, List<String> rows, String extraHeader) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("container,timestamp,cpu_cores,memory_bytes" + extraHeader);
    lines.addAll(rows);
    Path file = dir.resolve(name);
    Files.write(file, lines);
    return file;
  }

  /**
   * A day per {@code days} of one-minute rows around the given usage, with the given trailing
   * columns.
   */
  private static List<String> rows(
      String container, int days, double cpu, double memory, String extra) {
    Random random = new Random(container.hashCode());
    String full = "prod/ml/" + container + "/api";
    String id = container.contains(",") ? "\"" + full + "\"" : full;
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < days * 1440; i++) {
      rows.add(
          id
              + ","
              + (1_700_000_000L + 60L * i)
              + ","
              + cpu * (0.8 + 0.4 * random.nextDouble())
              + ","
              + (long) (memory * (0.95 + 0.1 * random.nextDouble()))
              + extra);
    }
    return rows;
  }

  @SafeVarargs
  private static List<String> shuffled(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> part : parts) {
      all.addAll(part);
    }
    Collections.shuffle(all, new Random(1));
    return all;
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
