package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The drift command on files written here. Expected scores are SciPy 1.10 values (see
 * modules/drift/src/test/python/expected_values.py): KS p of (i*37)%101 (600 rows) vs (i*41)%97+3
 * (700 rows), chi-square p of a6 b3 c1 vs a5 b3 c2, z-test p of x40 y60 vs x55 y45.
 */
class DriftCommandTest {
  @TempDir Path dir;

  private Path reference;
  private Path current;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeWindows() throws IOException {
    reference =
        write(
            "reference.csv",
            600,
            i -> (i * 37) % 101,
            new String[] {"a", "a", "a", "a", "a", "a", "b", "b", "b", "c"},
            40,
            "n1");
    current =
        write(
            "current.csv",
            700,
            i -> (i * 41) % 97 + 3,
            new String[] {"a", "a", "a", "a", "a", "b", "b", "b", "c", "c"},
            55,
            "");
  }

  private Path write(
      String name,
      int rows,
      java.util.function.IntUnaryOperator num,
      String[] cats,
      int xs,
      String note)
      throws IOException {
    StringBuilder csv = new StringBuilder("num,cat,flag,note\n");
    for (int i = 0; i < rows; i++) {
      csv.append(num.applyAsInt(i))
          .append(',')
          .append(i < cats.length ? cats[i] : "")
          .append(',')
          .append(i < 100 ? (i < xs ? "x" : "y") : "")
          .append(',')
          .append(i < 3 ? note : "")
          .append('\n');
    }
    return Files.writeString(dir.resolve(name), csv);
  }

  private int run(String... args) {
    CommandLine cmd = CommandLines.configure(new CommandLine(new DriftCommand()));
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  @Test
  void jsonHasExactlyTheSpecifiedShapeAndSciPyScores() throws IOException {
    assertEquals(
        0,
        run(
            "--reference",
            reference.toString(),
            "--current",
            current.toString(),
            "--format",
            "json"),
        err.toString());
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertEquals(List.of("columns", "drift_share", "dataset_drift"), names(root));
    JsonNode num = root.get("columns").get(0);
    assertEquals(List.of("column", "type", "test", "score", "threshold", "drift"), names(num));
    assertColumn(num, "num", "numerical", "ks", 0.9237540060343822, 0.05, false);
    assertColumn(
        root.get("columns").get(1),
        "cat",
        "categorical",
        "chisquare",
        0.5580351457700471,
        0.05,
        false);
    assertColumn(
        root.get("columns").get(2), "flag", "categorical", "z", 0.033672068856345855, 0.05, true);
    JsonNode note = root.get("columns").get(3);
    assertEquals(
        "{\"column\":\"note\",\"type\":\"categorical\",\"test\":null,\"score\":null,"
            + "\"threshold\":null,\"drift\":false}",
        note.toString());
    assertEquals(1.0 / 3, root.get("drift_share").asDouble(), 1e-15);
    assertEquals(false, root.get("dataset_drift").asBoolean());
  }

  @Test
  void overridesTestThresholdAndType() throws IOException {
    assertEquals(
        0,
        run(
            "--reference",
            reference.toString(),
            "--current",
            current.toString(),
            "--format",
            "json",
            "--test",
            "num=psi",
            "--threshold",
            "num=0.5",
            "--threshold",
            "flag=0.01",
            "--categorical",
            "num"),
        err.toString());
    JsonNode columns = new ObjectMapper().readTree(out.toString()).get("columns");
    assertEquals("categorical", columns.get(0).get("type").asText());
    // flag's z-test p = 0.0337 is not below 0.01
    assertEquals(false, columns.get(2).get("drift").asBoolean());
    assertEquals(0.01, columns.get(2).get("threshold").asDouble());
    assertEquals(0.0, new ObjectMapper().readTree(out.toString()).get("drift_share").asDouble());
  }

  @Test
  void tableShowsUnitsOfEachScore() {
    assertEquals(
        0,
        run("--reference", reference.toString(), "--current", current.toString()),
        err.toString());
    String[] lines = out.toString().split("\n");
    assertTrue(
        lines[0].matches(
            "COLUMN\\s+TYPE\\s+TEST\\s+SCORE\\s+KIND\\s+THRESHOLD\\s+DRIFT\\s+VALUES \\(ref/cur\\)"),
        lines[0]);
    assertTrue(
        lines[1].matches(
            "num\\s+numerical\\s+ks\\s+0\\.9238\\s+p-value\\s+0\\.05\\s+no\\s+600/700"),
        lines[1]);
    assertTrue(
        lines[3].matches(
            "flag\\s+categorical\\s+z\\s+0\\.03367\\s+p-value\\s+0\\.05\\s+DRIFT\\s+100/100"),
        lines[3]);
    assertTrue(
        lines[4].matches("note\\s+categorical(\\s+-){4}\\s+empty in current\\s+3/0"), lines[4]);
    assertTrue(
        out.toString()
            .contains("Drifted columns: 1 of 3 tested (33.3%); dataset drift: no (at 50% or more)"),
        out.toString());
  }

  @Test
  void splitsALogByTimeWindows() throws IOException {
    Path log =
        Files.writeString(
            dir.resolve("log.csv"),
            "timestamp,latency_ms\n"
                + "2024-05-01T01:00:00Z,10\n2024-05-01T02:00:00Z,11\n2024-05-02T01:00:00Z,30\n"
                + "2024-05-02T02:00:00Z,31\n");
    assertEquals(
        0,
        run(
            "--log",
            log.toString(),
            "--reference-window",
            "2024-05-01/2024-05-02",
            "--current-window",
            "2024-05-02/2024-05-03",
            "--format",
            "json"),
        err.toString());
    JsonNode col = new ObjectMapper().readTree(out.toString()).get("columns").get(0);
    assertEquals("latency_ms", col.get("column").asText());
    // four distinct values, two reference rows: chi-square with categories only on one side gives p
    // = 0
    assertColumn(col, "latency_ms", "numerical", "chisquare", 0.0, 0.05, true);
  }

  @Test
  void badInputExitsWithTwoAndAClearMessage() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "num,cat,flag,note\n1,a,x,\n2,b\n");
    assertEquals(2, run("--reference", bad.toString(), "--current", current.toString()));
    assertTrue(
        err.toString().startsWith("fleetscope drift: " + bad + ": CSV Error on Line: 3"),
        err.toString());

    StringWriter e2 = new StringWriter();
    CommandLine cmd = CommandLines.configure(new CommandLine(new DriftCommand()));
    cmd.setErr(new PrintWriter(e2, true));
    assertEquals(
        2,
        cmd.execute(
            "--reference",
            reference.toString(),
            "--current",
            current.toString(),
            "--test",
            "num=t-test"));
    assertEquals(
        "fleetscope drift: unknown drift test 't-test'; known: ks, chisquare, z, wasserstein, "
            + "jensenshannon, psi, kl_div, hellinger\n",
        e2.toString());
  }

  private static void assertColumn(
      JsonNode node,
      String column,
      String type,
      String test,
      double score,
      double threshold,
      boolean drift) {
    assertEquals(column, node.get("column").asText());
    assertEquals(type, node.get("type").asText());
    assertEquals(test, node.get("test").asText());
    assertEquals(score, node.get("score").asDouble(), Math.max(1e-12, 1e-9 * score), column);
    assertEquals(threshold, node.get("threshold").asDouble());
    assertEquals(drift, node.get("drift").asBoolean());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
