package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.pipelines.MockAirflow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code fleetscope alerts} over a loopback Airflow 2 (the demo fleet is the golden test's). */
class AlertsCommandTest {
  static final Instant NOW = Instant.parse("2026-11-23T09:10:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  /** A config folder with no rules file: the default rules. */
  static final AppDirs DIRS =
      new AppDirs(Path.of("target/no-config"), Path.of("target/no-config/data"));

  @TempDir Path dir;

  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        CommandLines.configure(
            new CommandLine(
                new AlertsCommand(new Host(DIRS, Clock.fixed(NOW, ZoneOffset.UTC), Map.of(), 1))));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  private Path rules(String json) throws Exception {
    return Files.writeString(dir.resolve("alert-rules.json"), json);
  }

  private static String[] airflow(MockAirflow airflow, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--airflow", airflow.url(), "--airflow-user", "ops", "--airflow-password", "pw"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void aFailedRunIsAnAlertWithExactlyTheFieldsTheIssueSpecifies() throws Exception {
    Path rules =
        rules("{\"version\": 1, \"rules\": [{\"id\": \"failed\", \"kind\": \"pipeline-failed\"}]}");
    try (MockAirflow airflow = new MockAirflow()) {
      airflow.run(
          "train_ranker",
          "scheduled__1",
          "failed",
          NOW.minus(Duration.ofHours(3)),
          NOW.minus(Duration.ofHours(2)));
      Result result = run(airflow(airflow, "--rules", rules.toString(), "--format", "json"));

      assertEquals(0, result.exit(), result.err());
      JsonNode alerts = JSON.readTree(result.out()).path("alerts");
      assertEquals(1, alerts.size(), result.out());
      JsonNode alert = alerts.get(0);
      List<String> fields = new ArrayList<>();
      alert.fieldNames().forEachRemaining(fields::add);
      assertEquals(
          List.of("rule", "severity", "scope", "subject", "since", "value", "threshold", "summary"),
          fields);
      assertEquals("failed", alert.path("rule").asText());
      assertEquals("critical", alert.path("severity").asText());
      assertEquals("1 run", alert.path("value").asText());
      assertEquals("≥ 1 run", alert.path("threshold").asText());
      assertEquals(NOW.minus(Duration.ofHours(2)).toString(), alert.path("since").asText());
    }
  }

  @Test
  void noAlertsSaysWhatWasJudgedOnStderr() throws Exception {
    try (MockAirflow airflow = new MockAirflow()) {
      airflow.run(
          "train_ranker",
          "scheduled__1",
          "success",
          NOW.minus(Duration.ofHours(3)),
          NOW.minus(Duration.ofHours(2)));
      Path none =
          rules(
              "{\"version\": 1, \"rules\": [{\"id\": \"failed\", \"kind\": \"pipeline-failed\"}]}");
      Result result = run(airflow(airflow, "--rules", none.toString()));

      assertEquals(0, result.exit(), result.err());
      assertEquals(
          "No alerts: judged 1 rule over 1 pipeline run and 1 source; not judged: the fleet (no"
              + " snapshot), model drift (not computed), cost against forecast (no bill), CPU"
              + " throttling (no readings).\n",
          result.err());
      assertTrue(result.out().startsWith("SEVERITY"), result.out());
    }
  }

  @Test
  void anUnreachableSourceIsAnAlertAndExitsOne() throws Exception {
    Path rules =
        rules(
            "{\"version\": 1, \"rules\": [{\"id\": \"down\", \"kind\": \"source-unhealthy\","
                + " \"duration\": \"0s\"}]}");
    Result result =
        run(
            "--airflow", "http://127.0.0.1:1/",
            "--airflow-user", "ops",
            "--airflow-password", "pw",
            "--rules", rules.toString());
    assertEquals(1, result.exit());
    assertTrue(result.err().startsWith("error: "), result.err());
    assertTrue(
        result.out().contains("source-unhealthy") || result.out().contains("down"), result.out());
  }

  @Test
  void aBadRulesFileIsBadInputNamingEntryAndFieldInOneLine() throws Exception {
    Path bad =
        rules(
            "{\"version\": 1, \"rules\": [{\"id\": \"d\", \"kind\": \"dataset-drift\", \"threshold\": 1.5}]}");
    Result result = run("--demo", "--rules", bad.toString());
    assertEquals(2, result.exit());
    assertTrue(
        result
            .err()
            .contains("rules[0].threshold: the threshold of a dataset-drift rule is a fraction"),
        result.err());
    // the options were right: no usage text, and no word of the console's fallback to defaults
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().startsWith("fleetscope alerts: "), result.err());
    assertFalse(result.err().contains("default rules apply"), result.err());
  }
}
