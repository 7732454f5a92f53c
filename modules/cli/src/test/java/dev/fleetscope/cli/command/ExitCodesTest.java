package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.testing.FaultyServer;
import dev.fleetscope.model.testing.FaultyServer.Answer;
import dev.fleetscope.model.testing.FaultyServer.Fault;
import dev.fleetscope.prometheus.EmptyPrometheus;
import dev.fleetscope.runtime.config.AppDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that reads a file or calls a source, against each fault that reaches it: the exit
 * code is the one {@link ExitCode} documents, standard error says what was wrong in one line per
 * failure (no stack trace), and nothing half-done reaches standard output. Faults are served on
 * loopback by {@link FaultyServer}; deadlines are cut to 1 s with {@code --timeout}.
 */
class ExitCodesTest {
  private static final String TIMEOUT = "1s";
  private static final Instant END = Instant.parse("2026-11-23T09:00:00Z");

  @TempDir static Path dir;

  private static final List<FaultyServer> SERVERS = new ArrayList<>();
  private static String refused;
  private static String hang;
  private static String html500;
  private static String wrongShape;
  private static String empty;
  private static String usageWithoutFacts;

  /** One row of the table: a command meeting a fault, and what it must answer. */
  record Case(String command, String fault, int code, String says, Callable<Object> run) {
    @Override
    public String toString() {
      return command + " × " + fault + " → " + code;
    }
  }

  @BeforeAll
  static void serveFaults() throws IOException {
    refused = start(FaultyServer.start(Fault.REFUSED));
    hang = start(FaultyServer.start(Fault.HANG));
    html500 = start(FaultyServer.start(Fault.HTML_500));
    wrongShape =
        start(
            FaultyServer.start(
                target ->
                    Answer.json(
                        200,
                        "{\"status\":\"success\",\"code\":200,\"runs\":\"nope\",\"data\":"
                            + "{\"resultType\":\"vector\",\"result\":{}}}")));
    empty = start(FaultyServer.start(EmptyPrometheus::answer));
    usageWithoutFacts = start(FaultyServer.start(ExitCodesTest::usageWithoutFacts));
  }

  @AfterAll
  static void stop() throws IOException {
    for (FaultyServer server : SERVERS) {
      server.close();
    }
  }

  private static String start(FaultyServer server) {
    SERVERS.add(server);
    return server.url("");
  }

  static Stream<Case> cases() throws Exception {
    Path header = write("header-only.csv", "container,timestamp,cpu_cores,memory_bytes\n");
    Path badId = write("bad-id.csv", "container,timestamp,cpu_cores,memory_bytes\napi,1,0.1,1\n");
    Path driftHeader = write("drift-header.csv", "score,market\n");
    Path driftRows = write("drift-rows.csv", "score,market\n0.5,de\n0.7,fr\n");
    Path focusFolder = Files.createDirectories(dir.resolve("focus-period"));
    Files.writeString(
        focusFolder.resolve("2026-11.csv"),
        Files.readAllLines(Path.of("src/test/resources/focus/tagged-gpu-cluster.csv")).getFirst()
            + "\n");
    Path plan =
        CliTestSupport.plan(Files.createDirectories(dir.resolve("plan")), "api", "1", "1073741824");
    Path missingContext = kubeconfig("missing-context", "lab", "gone", refused);
    Path refusedCluster = kubeconfig("refused", "prod", "prod", refused);
    Path hangingCluster = kubeconfig("hanging", "prod", "prod", hang);
    return Stream.of(
        new Case(
            "recommend --samples",
            "header and no rows",
            2,
            "header and no rows",
            () -> run(new RecommendCommand(CliTestSupport.HOST), "--samples", header.toString())),
        new Case(
            "recommend --samples",
            "id not cluster/namespace/owner/container",
            2,
            "'api' is not cluster/namespace/owner/container",
            () -> run(new RecommendCommand(CliTestSupport.HOST), "--samples", badId.toString())),
        new Case(
            "recommend --samples",
            "no such file",
            2,
            "no such file",
            () ->
                run(
                    new RecommendCommand(CliTestSupport.HOST),
                    "--samples",
                    dir.resolve("nope.csv").toString())),
        new Case(
            "recommend --prometheus", "refused", 3, "connection refused", () -> recommend(refused)),
        new Case(
            "recommend --prometheus", "hang", 3, "(whole-call deadline)", () -> recommend(hang)),
        new Case("recommend --prometheus", "HTML 500", 3, "HTTP 500", () -> recommend(html500)),
        new Case(
            "recommend --prometheus",
            "wrong shape",
            3,
            "does not fit the API",
            () -> recommend(wrongShape)),
        new Case(
            "recommend --prometheus",
            "no usage series",
            4,
            "has no container usage series",
            () -> recommend(empty)),
        new Case(
            "recommend --prometheus",
            "usage without kube-state-metrics at --end",
            4,
            "no kube-state-metrics facts at --end " + END,
            () -> recommend(usageWithoutFacts)),
        new Case(
            "drift --reference/--current",
            "header and no rows",
            2,
            "line 2",
            () ->
                run(
                    new DriftCommand(),
                    "--reference",
                    driftHeader.toString(),
                    "--current",
                    driftRows.toString())),
        new Case("drift --prometheus", "refused", 3, "connection refused", () -> drift(refused)),
        new Case(
            "drift --prometheus",
            "no such histogram",
            4,
            "no model_score_bucket series",
            () -> drift(empty)),
        new Case(
            "cost --focus",
            "export period with no rows",
            0,
            "no billing rows were added",
            () -> run(new CostCommand(), "--focus", focusFolder.toString())),
        new Case("cost --opencost", "refused", 3, "connection refused", () -> openCost(refused)),
        new Case("cost --opencost", "hang", 3, "deadline", () -> openCost(hang)),
        new Case("cost --opencost", "HTML 500", 3, "answered 500", () -> openCost(html500)),
        new Case(
            "cost --opencost", "wrong shape", 3, "'data' is an object", () -> openCost(wrongShape)),
        new Case(
            "prices --refresh",
            "refused",
            3,
            "connection refused",
            () ->
                run(
                    prices(),
                    "--refresh",
                    "--provider",
                    "azure",
                    "--azure-prices-url",
                    refused,
                    "--timeout",
                    TIMEOUT)),
        new Case("pipelines --kfp", "refused", 3, "connection refused", () -> kfp(refused)),
        new Case("pipelines --kfp", "hang", 3, "deadline", () -> kfp(hang)),
        new Case("pipelines --kfp", "HTML 500", 3, "HTTP 500", () -> kfp(html500)),
        new Case("pipelines --kfp", "wrong shape", 3, "'runs' is a string", () -> kfp(wrongShape)),
        new Case(
            "pipelines --argo-context",
            "context not in the kubeconfig",
            2,
            "--argo-context names 'prod', which is no context of the kubeconfig",
            () ->
                run(
                    new PipelinesCommand(CliTestSupport.HOST),
                    "--argo-context",
                    "prod",
                    "--kubeconfig",
                    missingContext.toString())),
        new Case(
            "apply",
            "context not in the kubeconfig",
            2,
            "its current-context 'gone' names no context either",
            () -> apply(missingContext, plan)),
        new Case(
            "apply",
            "kubeconfig file missing",
            2,
            "no such file",
            () -> apply(dir.resolve("no-kubeconfig.yaml"), plan)),
        new Case(
            "apply",
            "API server refused",
            3,
            "connection refused",
            () -> apply(refusedCluster, plan)),
        new Case("apply", "API server hangs", 3, "deadline", () -> apply(hangingCluster, plan)),
        new Case(
            "rollback",
            "no such change",
            2,
            "no change 42 in the audit log",
            () ->
                run(
                    new RollbackCommand(CliTestSupport.HOST),
                    "42",
                    "--kubeconfig",
                    refusedCluster.toString(),
                    "--data-dir",
                    dir.resolve("audit").toString())),
        new Case(
            "audit",
            "empty audit log",
            0,
            "holds no run yet",
            () ->
                run(
                    new AuditCommand(CliTestSupport.HOST),
                    "--kubeconfig",
                    refusedCluster.toString(),
                    "--data-dir",
                    dir.resolve("empty-audit").toString())),
        new Case(
            "recommend",
            "unknown option",
            2,
            "Unknown option: '--nope'",
            () ->
                run(
                    new RecommendCommand(CliTestSupport.HOST),
                    "--samples",
                    header.toString(),
                    "--nope")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void exitsWithTheDocumentedCodeAndSaysWhyInOneLine(Case c) throws Exception {
    CliTestSupport.Result result = (CliTestSupport.Result) c.run().call();
    assertEquals(c.code(), result.exitCode(), result.err());
    assertTrue(result.err().contains(c.says()), result.err());
    assertFalse(result.err().contains("\tat "), "a stack trace on the terminal: " + result.err());
    assertFalse(result.err().contains("[Source:"), "a parser's own text: " + result.err());
    if (c.code() == ExitCode.SOURCE_FAILED || c.code() == ExitCode.NOTHING_TO_WORK_ON) {
      assertTrue(
          result.err().lines().anyMatch(l -> l.startsWith("fleetscope ")),
          "the command is named: " + result.err());
    }
  }

  private static CliTestSupport.Result run(Object command, String... args) {
    return CliTestSupport.run(command, args);
  }

  private static CliTestSupport.Result recommend(String url) {
    return run(
        new RecommendCommand(CliTestSupport.HOST),
        "--prometheus",
        url,
        "--window",
        "1h",
        "--end",
        END.toString(),
        "--timeout",
        TIMEOUT);
  }

  private static CliTestSupport.Result drift(String url) {
    return run(
        new DriftCommand(),
        "--prometheus",
        url,
        "--histogram",
        "model_score",
        "--reference-window",
        "2026-11-01T00:00Z/2026-11-08T00:00Z",
        "--current-window",
        "2026-11-17T00:00Z/2026-11-24T00:00Z",
        "--timeout",
        TIMEOUT);
  }

  private static CliTestSupport.Result openCost(String url) {
    return run(new CostCommand(), "--opencost", url, "--timeout", TIMEOUT);
  }

  private static CliTestSupport.Result kfp(String url) {
    return run(new PipelinesCommand(CliTestSupport.HOST), "--kfp", url, "--timeout", TIMEOUT);
  }

  private static CliTestSupport.Result apply(Path kubeconfig, Path plan) {
    return run(
        new ApplyCommand(CliTestSupport.HOST),
        plan.toString(),
        "--kubeconfig",
        kubeconfig.toString(),
        "--data-dir",
        dir.resolve("audit").toString(),
        "--timeout",
        TIMEOUT);
  }

  private static PricesCommand prices() {
    return new PricesCommand(
        new AppDirs(dir.resolve("config"), dir.resolve("data")),
        Map.<String, String>of()::get,
        Clock.fixed(END, ZoneOffset.UTC));
  }

  private static Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** A kubeconfig of one context whose server is {@code url}. */
  private static Path kubeconfig(String name, String context, String current, String url)
      throws IOException {
    return write(
        name + ".yaml",
        """
        apiVersion: v1
        kind: Config
        current-context: %s
        contexts:
        - name: %s
          context: {cluster: prod, user: ana}
        clusters:
        - name: prod
          cluster: {server: "%s"}
        users:
        - name: ana
          user: {token: t0ken}
        """
            .formatted(current, context, url));
  }

  /**
   * Usage of one StatefulSet pod over the window, its owner named by kube-state-metrics in the
   * window, and no kube-state-metrics series at {@code --end}: every instant query is empty, as
   * when kube-state-metrics stopped being scraped.
   */
  private static Answer usageWithoutFacts(String target) {
    if (target.startsWith("/api/v1/series")) {
      return Answer.json(
          200,
          "{\"status\":\"success\",\"data\":[{\"__name__\":\"kube_pod_owner\",\"namespace\":\"ml\","
              + "\"pod\":\"api-0\",\"owner_kind\":\"StatefulSet\",\"owner_name\":\"api\"}]}");
    }
    if (target.startsWith("/api/v1/query_range")) {
      long t = END.getEpochSecond() - 600;
      return Answer.json(
          200,
          "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":"
              + "{\"namespace\":\"ml\",\"pod\":\"api-0\",\"container\":\"main\"},\"values\":[["
              + t
              + ",\"0.5\"],["
              + (t + 300)
              + ",\"0.6\"]]}]}}");
    }
    return EmptyPrometheus.answer(target);
  }
}
