package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: fabric8 kubernetes-server-mock in CRUD mode with dry runs and a Deployment controller
 * (FakeApiserver).
 */
class ApplyCommandTest {
  // 1.5 GiB = 1610612736 bytes; the samples' peak is 1 GiB, so 1.5 GiB clears peak + 5%
  private static final String[] PLAN = {"a", "0.25", "1610612736", "b", "0.5", "1610612736"};

  @TempDir Path dir;
  private FakeApiserver cluster;
  private String[] common;

  @BeforeEach
  void start() throws Exception {
    cluster = new FakeApiserver();
    cluster.deployment("a", "1", "2Gi");
    cluster.deployment("b", "1", "2Gi");
    common =
        new String[] {
          "--kubeconfig",
          cluster.kubeconfig(dir).toString(),
          "--data-dir",
          dir.resolve("data").toString()
        };
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private String[] args(String... more) {
    String[] all = new String[common.length + more.length];
    System.arraycopy(more, 0, all, 0, more.length);
    System.arraycopy(common, 0, all, more.length, common.length);
    return all;
  }

  private String[] applyArgs(String... more) throws Exception {
    String[] base = {
      CliTestSupport.plan(dir, PLAN).toString(),
      "--samples",
      CliTestSupport.samples(dir, 1 << 30, "a", "b").toString(),
      "--batch",
      "1",
      "--pause",
      "PT0S",
      "--rollout-timeout",
      "PT20S"
    };
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return args(all);
  }

  @Test
  void appliesInAuditedBatchesAndRollbackRestoresTheExactPreviousValues_Fabric8Crud()
      throws Exception {
    var applied = CliTestSupport.run(new ApplyCommand(CliTestSupport.HOST), applyArgs());
    assertEquals(0, applied.exitCode(), applied.out() + applied.err());
    assertTrue(applied.out().contains("-         cpu: 1\n+         cpu: 250m\n"), applied.out());
    assertTrue(applied.out().contains("restarts no pods (none running)"), applied.out());
    assertTrue(
        applied
            .out()
            .contains(
                "dry run prod/ml/a: accepted by the server (dry run): api {\"requests\":{\"cpu\":\"250m\","
                    + "\"memory\":\"1536Mi\"},\"limits\":{\"memory\":\"1536Mi\"}}"),
        applied.out());
    assertTrue(applied.out().contains("batch 2 of 2: 1 workload(s)"), applied.out());
    assertEquals("250m 1536Mi 1536Mi", cluster.resources("a"));
    assertEquals("500m 1536Mi 1536Mi", cluster.resources("b"));

    var rolledBack = CliTestSupport.run(new RollbackCommand(CliTestSupport.HOST), args("1"));
    assertEquals(0, rolledBack.exitCode(), rolledBack.out() + rolledBack.err());
    assertEquals("1 2Gi 2Gi", cluster.resources("a"));
    assertEquals("500m 1536Mi 1536Mi", cluster.resources("b"));

    var audit = CliTestSupport.run(new AuditCommand(CliTestSupport.HOST), args("--format", "json"));
    JsonNode runs = new ObjectMapper().readTree(audit.out()).path("runs");
    assertEquals("rollback of change 1", runs.get(0).path("description").asText());
    JsonNode undo = runs.get(0).path("changes").get(0);
    assertEquals("ROLLBACK", undo.path("kind").asText());
    assertEquals(1, undo.path("origin").asLong());
    assertEquals("ROLLED_OUT", undo.path("state").asText());
    assertEquals(
        "{\"requests\":{\"cpu\":\"1\",\"memory\":\"2Gi\"},\"limits\":{\"memory\":\"2Gi\"}}",
        undo.at("/containers/0/after").toString());
    JsonNode first = runs.get(1).path("changes").get(0);
    assertEquals("COMPLETED", runs.get(1).at("/outcome/kind").asText());
    assertEquals(
        "[\"PLANNED\",\"SENDING\",\"APPLIED\",\"ROLLED_OUT\"]",
        new ObjectMapper().valueToTree(first.path("history").findValuesAsText("state")).toString());
    assertEquals(
        "{\"cluster\":\"prod\",\"namespace\":\"ml\",\"kind\":\"Deployment\",\"name\":\"a\"}",
        first.path("workload").toString());
  }

  @Test
  void dryRunShowsTheServersAnswerAndChangesNothing_Fabric8Crud() throws Exception {
    var result = CliTestSupport.run(new ApplyCommand(CliTestSupport.HOST), applyArgs("--dry-run"));
    assertEquals(0, result.exitCode(), result.out() + result.err());
    assertTrue(
        result.out().contains("dry run prod/ml/b: accepted by the server (dry run)"), result.out());
    assertEquals("1 2Gi 2Gi", cluster.resources("a"));
    var audit = CliTestSupport.run(new AuditCommand(CliTestSupport.HOST), args("--format", "json"));
    assertEquals("{\"runs\":[]}", new ObjectMapper().readTree(audit.out()).toString());
  }

  @Test
  void readOnlyRefusesEveryChangeWithAReason_Fabric8Crud() throws Exception {
    var result =
        CliTestSupport.run(new ApplyCommand(CliTestSupport.HOST), applyArgs("--read-only"));
    assertEquals(ExitCode.FAILED, result.exitCode());
    assertTrue(
        result.out().contains("refused prod/ml/a: read-only mode: nothing is sent to any cluster"),
        result.out());
    assertEquals("1 2Gi 2Gi", cluster.resources("a"));
  }

  @Test
  void refusesMemoryBelowTheObservedPeak_Fabric8Crud() throws Exception {
    // the samples' peak is 1.5 GiB, and the plan's 1.5 GiB does not clear 1.5 GiB + 5%
    Path samples = CliTestSupport.samples(dir, 1610612736, "a", "b");
    var result =
        CliTestSupport.run(
            new ApplyCommand(CliTestSupport.HOST),
            args(
                CliTestSupport.plan(dir, PLAN).toString(),
                "--samples",
                samples.toString(),
                "--pause",
                "PT0S"));
    assertEquals(ExitCode.FAILED, result.exitCode());
    assertTrue(
        result
            .out()
            .contains(
                "refused prod/ml/a/api: memory 1.50 GiB is below the observed peak 1.50 GiB plus 5.0% (1.58 GiB)"),
        result.out());
    assertTrue(result.out().contains("nothing to apply"), result.out());
  }

  @Test
  void namesFileLineAndColumnOfABadPlanAndChangesNothing_Fabric8Crud() throws Exception {
    Path plan = dir.resolve("bad.json");
    Files.writeString(
        plan,
        "{\"recommendations\":[\n  {\"container\":\"prod/ml/a/api\",\"cpu\":{\"request\":\"lots\"}}]}");
    var result = CliTestSupport.run(new ApplyCommand(CliTestSupport.HOST), args(plan.toString()));
    assertEquals(2, result.exitCode());
    assertTrue(
        result
            .err()
            .startsWith(
                "fleetscope apply: "
                    + plan
                    + " line 2, column 49: Cannot deserialize value of type `java.lang.Double` from String \"lots\""),
        result.err());
    assertEquals("1 2Gi 2Gi", cluster.resources("a"));
  }

  @Test
  void aRollbackOfAnUnknownChangeSaysSo_Fabric8Crud() {
    var result = CliTestSupport.run(new RollbackCommand(CliTestSupport.HOST), args("42"));
    assertEquals(2, result.exitCode());
    assertEquals("fleetscope rollback: no change 42 in the audit log\n", result.err());
  }

  @Test
  void exportsKustomizePatchesInsteadOfApplying_Fabric8Crud() throws Exception {
    Path out = dir.resolve("gitops");
    var result =
        CliTestSupport.run(
            new ApplyCommand(CliTestSupport.HOST), applyArgs("--export-kustomize", out.toString()));
    assertEquals(0, result.exitCode(), result.out() + result.err());
    assertTrue(
        Files.readString(out.resolve("prod/kustomization.yaml"))
            .contains("- path: deployment-ml-a.yaml"));
    assertTrue(Files.readString(out.resolve("prod/deployment-ml-b.yaml")).contains("cpu: 500m"));
    assertEquals("1 2Gi 2Gi", cluster.resources("a"));
  }
}
