package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.cli.output.RecommendationJson;
import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.engine.fleet.FleetRightsizer;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.runtime.rightsizing.NamedRecommendation;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: the simulator's demo fleet in this process (DemoClusterWriter), the fleet the console
 * applies to.
 */
class ApplyDemoTest {
  private static final Pattern COST =
      Pattern.compile("demo fleet cost: ([\\d,.]+) USD/hour before, ([\\d,.]+) USD/hour after");

  @TempDir Path dir;

  @Test
  void appliesARecommendedPlanToTheDemoFleetAndItsNodesCostLessAfterwards() throws Exception {
    Path plan = planOfTheLargestSavings(8);

    var applied =
        CliTestSupport.run(
            new ApplyCommand(CliTestSupport.HOST),
            plan.toString(),
            "--demo",
            "--data-dir",
            dir.resolve("data").toString(),
            "--batch",
            "4");

    assertEquals(0, applied.exitCode(), applied.out() + applied.err());
    assertTrue(applied.out().contains("dry run "), applied.out());
    assertTrue(
        applied.out().contains("accepted by the demo fleet (dry run: nothing persisted)"),
        applied.out());
    assertTrue(applied.out().contains("batch 1 of "), applied.out());
    assertTrue(applied.out().contains("run 1 COMPLETED: every change rolled out"), applied.out());
    Matcher cost = COST.matcher(applied.out());
    assertTrue(cost.find(), applied.out());
    double before = Double.parseDouble(cost.group(1).replace(",", ""));
    double after = Double.parseDouble(cost.group(2).replace(",", ""));
    assertTrue(after < before, "the re-packed node pool costs less: " + cost.group());

    var audit =
        CliTestSupport.run(
            new AuditCommand(CliTestSupport.HOST), "--data-dir", dir.resolve("data").toString());
    assertTrue(audit.out().contains("ROLLED_OUT"), audit.out());
  }

  @Test
  void refusesAContextWithTheDemoFleet() throws Exception {
    var refused =
        CliTestSupport.run(
            new ApplyCommand(CliTestSupport.HOST),
            CliTestSupport.plan(dir, "a", "0.25", "1610612736").toString(),
            "--demo",
            "--context",
            "prod",
            "--data-dir",
            dir.resolve("data").toString());
    assertEquals(2, refused.exitCode());
    assertTrue(
        refused
            .err()
            .contains("--context names a kubeconfig context; --demo applies to the demo fleet"),
        refused.err());
  }

  @Test
  void refusesAVpaManagedContainerNamingTheVpaAndItsModeAndExitsThreeWhenNothingElseIsLeft()
      throws Exception {
    var refused =
        CliTestSupport.run(
            new ApplyCommand(CliTestSupport.HOST),
            rewriterPlan().toString(),
            "--demo",
            "--data-dir",
            dir.resolve("data").toString());

    assertEquals(ExitCode.FAILED, refused.exitCode(), refused.out() + refused.err());
    assertTrue(
        refused
            .out()
            .contains(
                "refused aws-prod-use1/llm-serving/query-rewriter/server: VPA query-rewriter"
                    + " (InPlaceOrRecreate) manages container server (cpu and memory) and would"
                    + " undo the patch"),
        refused.out());
    assertTrue(
        refused.out().contains("a VPA manages 1 of the refused containers: --export-vpa DIR"),
        refused.out());
    assertTrue(refused.out().contains("nothing to apply"), refused.out());
    assertFalse(refused.out().contains("dry run "), "nothing is sent: " + refused.out());
    var audit =
        CliTestSupport.run(
            new AuditCommand(CliTestSupport.HOST),
            "--data-dir",
            dir.resolve("data").toString(),
            "--format",
            "json");
    assertEquals("{\"runs\":[]}", new ObjectMapper().readTree(audit.out()).toString());
  }

  @Test
  void exportVpaWritesTheBoundsAndTheOffFileInsteadOfApplying() throws Exception {
    Path vpa = dir.resolve("vpa");
    var written =
        CliTestSupport.run(
            new ApplyCommand(CliTestSupport.HOST),
            rewriterPlan().toString(),
            "--demo",
            "--export-vpa",
            vpa.toString(),
            "--data-dir",
            dir.resolve("data").toString());

    assertEquals(ExitCode.OK, written.exitCode(), written.out() + written.err());
    Path bounds = vpa.resolve("aws-prod-use1/vpa-llm-serving-query-rewriter-bounds.yaml");
    Path off = vpa.resolve("aws-prod-use1/vpa-llm-serving-query-rewriter-off.yaml");
    assertTrue(written.out().contains("wrote " + bounds), written.out());
    assertTrue(written.out().contains("wrote " + off), written.out());
    String boundsYaml = Files.readString(bounds);
    assertTrue(boundsYaml.contains("kind: VerticalPodAutoscaler"), boundsYaml);
    assertTrue(
        boundsYaml.contains(
            "- containerName: server\n      minAllowed:\n        cpu: 500m\n"
                + "        memory: 1536Mi\n"),
        boundsYaml);
    assertTrue(
        Files.readString(off).matches("(?s).*updateMode: \"?Off\"?\n.*"), Files.readString(off));
  }

  /** The demo's VPA-managed service, recommended 0.5 cores and 1.5 GiB. */
  private Path rewriterPlan() throws Exception {
    return Files.writeString(
        dir.resolve("PLAN.json"),
        """
        {"recommendations":[{"container":"aws-prod-use1/llm-serving/query-rewriter/server",
          "cpu":{"request":0.5,"limit":null},
          "memory":{"request":1610612736,"limit":1610612736},
          "replay":{"cpuOverRequestShare":0.004,"samplesOverMemoryLimit":0},
          "confidence":0.8,"reason":"steady"}]}""");
  }

  /**
   * PLAN.json as {@code recommend --format json} writes it, for the demo's Deployments with two or
   * more replicas outside system namespaces (the guard rails' defaults let those roll out), largest
   * savings first.
   */
  private Path planOfTheLargestSavings(int workloads) throws Exception {
    DemoFleetSource demo =
        new DemoFleetSource(Simulator.DEFAULT_SEED, Clock.systemUTC(), Duration.ofSeconds(2));
    demo.awaitHistory();
    Set<WorkloadRef> workloadsSeen = new HashSet<>();
    List<NamedRecommendation> chosen =
        new FleetRightsizer(FleetscopeStrategy.DEFAULT)
            .recommend(demo.poll()).containers().stream()
                .filter(
                    c -> c.ref().workload().kind() == WorkloadKind.DEPLOYMENT && c.replicas() >= 2)
                .filter(
                    c ->
                        !c.ref().workload().namespace().startsWith("kube-")
                            && !c.ref().workload().namespace().endsWith("-system"))
                .filter(c -> c.savingsPerMonth() > 0 && workloadsSeen.add(c.ref().workload()))
                .limit(workloads)
                .map(c -> new NamedRecommendation(c.ref().id(), c.recommendation()))
                .toList();
    StringWriter json = new StringWriter();
    new RecommendationJson().write(chosen, json);
    return Files.writeString(dir.resolve("PLAN.json"), json.toString());
  }
}
