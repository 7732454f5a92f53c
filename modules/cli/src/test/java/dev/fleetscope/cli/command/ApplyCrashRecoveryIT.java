package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.apply.ApplyListener;
import dev.fleetscope.apply.ApplyOptions;
import dev.fleetscope.apply.Recovery;
import dev.fleetscope.apply.RunControl;
import dev.fleetscope.apply.RunExecutor;
import dev.fleetscope.apply.Undo;
import dev.fleetscope.kubernetes.ClusterConnector;
import dev.fleetscope.kubernetes.Connections;
import dev.fleetscope.kubernetes.Kubeconfig;
import dev.fleetscope.kubernetes.KubernetesClusterWriter;
import dev.fleetscope.model.change.ChangeEvent;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.store.SqliteAuditLog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM running {@code fleetscope apply} at every step of a two-batch run (SIGKILL: no
 * shutdown hook, no flush) and proves that the audit log it leaves is consistent, that reading the
 * cluster back settles every change to what the cluster really holds, that resuming applies exactly
 * what was left, and that rolling back restores the exact previous values. Stand-in: fabric8
 * kubernetes-server-mock in CRUD mode (FakeApiserver).
 */
class ApplyCrashRecoveryIT {
  /** The states a change passes through in a run that goes well, in order. */
  private static final List<ChangeState> HAPPY_PATH =
      List.of(
          ChangeState.PLANNED, ChangeState.SENDING, ChangeState.APPLIED, ChangeState.ROLLED_OUT);

  /**
   * Steps of a run of two workloads in batches of one: started, then per batch 5 steps, then ended.
   */
  private static final int STEPS = 12;

  @TempDir static Path dir;
  private static FakeApiserver cluster;
  private static KubernetesClusterWriter writer;

  @BeforeAll
  static void start() throws Exception {
    cluster = new FakeApiserver();
    writer =
        new KubernetesClusterWriter(
            new Connections(
                new ClusterConnector(Kubeconfig.load(List.of(cluster.kubeconfig(dir))), false)));
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  /**
   * Three kills at a time, each on workloads and an audit log of its own, to keep the test to
   * seconds.
   */
  @Test
  void killedAtEveryStepTheAuditLogStaysConsistentAndResumeAndRollbackAreExact() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> kills = new ArrayList<>();
      for (int kill = 0; kill < STEPS; kill++) {
        int at = kill;
        kills.add(
            pool.submit(
                () -> {
                  killAndRecover(at);
                  return null;
                }));
      }
      for (Future<?> kill : kills) {
        try {
          kill.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof AssertionError failed) {
            throw failed;
          }
          throw e;
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void killAndRecover(int kill) throws Exception {
    String a = "a" + kill;
    String b = "b" + kill;
    cluster.deployment(a, "1", "2Gi");
    cluster.deployment(b, "1", "2Gi");
    Path work = Files.createDirectories(dir.resolve("kill-" + kill));
    List<String> steps = runChildAndKillAt(kill, work, a, b);
    assertEquals(kill + 1, steps.size(), "the child reached step " + kill + ": " + steps);

    try (SqliteAuditLog log =
        SqliteAuditLog.open(
            work.resolve("data").resolve(SqliteAuditLog.FILE_NAME), Clock.systemUTC())) {
      String at = "killed at " + steps.getLast();
      RunRecord run = log.runs().getFirst();
      assertEquals(1, log.runs().size(), at);
      for (ChangeRecord change : run.changes()) {
        List<ChangeState> states = change.history().stream().map(ChangeEvent::state).toList();
        assertEquals(
            HAPPY_PATH.subList(0, states.size()),
            states,
            at + ": change " + change.id() + " went through states in order");
      }
      assertEquals(steps.getLast().startsWith("run-ended"), run.ended(), at);

      RunRecord settled =
          new Recovery(writer, log)
              .settleInterruptedRuns().stream().findFirst().orElse(log.run(run.id()).orElseThrow());
      for (ChangeRecord change : settled.changes()) {
        String name = change.change().workload().name();
        boolean holdsNew = cluster.resources(name).equals("250m 1536Mi 1536Mi");
        assertEquals(
            holdsNew,
            change.state().reachedCluster(),
            at + ": " + name + " is " + change.state() + " and holds " + cluster.resources(name));
        assertTrue(
            holdsNew || cluster.resources(name).equals("1 2Gi 2Gi"),
            at + ": " + name + " holds " + cluster.resources(name));
      }
      assertTrue(settled.ended(), at);

      RunExecutor executor =
          new RunExecutor(writer, log, new ApplyOptions(1, Duration.ZERO, Duration.ofSeconds(20)));
      Undo undo = new Undo(log);
      RunRecord resumed =
          executor.execute(
              "resume", undo.resumptionOf(run.id()), ApplyListener.NONE, new RunControl());
      assertEquals(RunOutcome.Kind.COMPLETED, resumed.outcome().orElseThrow().kind(), at);
      assertEquals("250m 1536Mi 1536Mi", cluster.resources(a), at);
      assertEquals("250m 1536Mi 1536Mi", cluster.resources(b), at);

      List<PlannedChange> undoAll = new ArrayList<>(undo.rollbackOfRun(resumed.id()));
      undoAll.addAll(undo.rollbackOfRun(run.id()));
      RunRecord rolledBack =
          executor.execute("rollback", undoAll, ApplyListener.NONE, new RunControl());
      assertEquals(RunOutcome.Kind.COMPLETED, rolledBack.outcome().orElseThrow().kind(), at);
      assertEquals(2, rolledBack.changes().size(), at);
      assertEquals("1 2Gi 2Gi", cluster.resources(a), at);
      assertEquals("1 2Gi 2Gi", cluster.resources(b), at);
      assertEquals(List.of(), log.unendedRuns(), at);
    }
  }

  /**
   * Runs apply in a child JVM, lets it pass every step before {@code kill}, and kills it there;
   * returns the steps seen.
   */
  private static List<String> runChildAndKillAt(int kill, Path work, String a, String b)
      throws Exception {
    Path plan = CliTestSupport.plan(work, a, "0.25", "1610612736", b, "0.25", "1610612736");
    Path samples = CliTestSupport.samples(work, 1 << 30, a, b);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                ApplyCrashChild.class.getName(),
                plan.toString(),
                "--samples",
                samples.toString(),
                "--batch",
                "1",
                "--pause",
                "PT0S",
                "--rollout-timeout",
                "PT20S",
                "--kubeconfig",
                dir.resolve("kubeconfig").toString(),
                "--data-dir",
                work.resolve("data").toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> steps = new ArrayList<>();
    try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
      String line;
      while ((line = out.readLine()) != null) {
        if (!line.startsWith("STEP ")) {
          continue;
        }
        steps.add(line.substring(line.indexOf(' ', 5) + 1));
        if (steps.size() == kill + 1) {
          child.destroyForcibly();
          break;
        }
        in.write("go\n");
        in.flush();
      }
    }
    child.waitFor();
    return steps;
  }
}
