package dev.fleetscope.apply.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.store.SqliteAuditLog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill -9 soak: 100 rounds of a batch apply (4 Deployments, batches of 2; two lanes of rounds
 * side by side, each on Deployments and an audit log of its own) in a child JVM that is killed
 * ({@code destroyForcibly}, SIGKILL: no shutdown hook, no flush) at a random moment of its run. The
 * API server is fabric8's kubernetes-server-mock in CRUD mode ({@link SoakApiserver}), living in
 * this process so that it survives every kill. After each round recovery reads the cluster back and
 * the audit log is checked against what the server holds and the patches it accepted: no change
 * lost (the log and the cluster disagree, or a value is torn), duplicated (a change accepted twice)
 * or half-recorded (a change left mid-flight or with states out of order); then the round is
 * resumed to its end. Finally every run is rolled back, newest first, and the Deployments must hold
 * exactly their original values.
 *
 * <p>{@code -Dsoak.rounds=N} and {@code -Dsoak.seed=S} change the rounds and the kill moments.
 */
class ApplyKillSoakFabric8CrudIT {
  private static final List<ChangeState> HAPPY_PATH =
      List.of(
          ChangeState.PLANNED, ChangeState.SENDING, ChangeState.APPLIED, ChangeState.ROLLED_OUT);
  private static final int ROUNDS = Integer.getInteger("soak.rounds", 100);
  private static final long SEED = Long.getLong("soak.seed", 20261205L);

  @TempDir Path dir;

  /** Lanes run side by side, each on its own Deployments and audit log: a round waits on I/O. */
  private static final int LANES = 2;

  private final AtomicInteger kills = new AtomicInteger();
  private final AtomicInteger lost = new AtomicInteger();
  private final AtomicInteger duplicated = new AtomicInteger();
  private final AtomicInteger halfRecorded = new AtomicInteger();

  @Test
  void killedAtRandomMomentsNothingIsLostDuplicatedOrHalfRecordedAndRollbackIsExact()
      throws Exception {
    long started = System.nanoTime();
    try (SoakApiserver cluster = new SoakApiserver()) {
      Path kubeconfig = cluster.kubeconfig(dir);
      ExecutorService lanes = Executors.newFixedThreadPool(LANES);
      try {
        List<Future<Void>> running = new ArrayList<>();
        for (int lane = 0; lane < LANES; lane++) {
          int rounds = ROUNDS / LANES + (lane < ROUNDS % LANES ? 1 : 0);
          int l = lane;
          running.add(
              lanes.submit(
                  () -> {
                    runLane(l, rounds, cluster, kubeconfig);
                    return null;
                  }));
        }
        for (Future<Void> lane : running) {
          try {
            lane.get();
          } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError failed) {
              throw failed;
            }
            throw e;
          }
        }
      } finally {
        lanes.shutdownNow();
      }
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    System.out.printf(
        "kill -9 soak: %d rounds, %d kills, %d lost, %d duplicated, %d half-recorded, %d s"
            + " (seed %d)%n",
        ROUNDS, kills.get(), lost.get(), duplicated.get(), halfRecorded.get(), seconds, SEED);
    assertEquals(0, lost.get(), "lost changes");
    assertEquals(0, duplicated.get(), "duplicated changes");
    assertEquals(0, halfRecorded.get(), "half-recorded changes");
  }

  private void runLane(int lane, int rounds, SoakApiserver cluster, Path kubeconfig)
      throws Exception {
    KubernetesClusterWriter writer =
        new KubernetesClusterWriter(
            new Connections(new ClusterConnector(Kubeconfig.load(List.of(kubeconfig)), false)));
    Random random = new Random(SEED + lane);
    for (String name : SoakRound.workloads(lane)) {
      cluster.deployment(name, SoakRound.ORIGINAL_CPU, SoakRound.ORIGINAL_MEMORY);
    }
    Path audit = dir.resolve("audit-" + lane + ".db");
    long longestRunMillis = 0;
    for (int round = 1; round <= rounds; round++) {
      SoakRound soak = new SoakRound(lane, round);
      int patchesBefore = patches(cluster, lane);
      // Round 1 runs to its end: it times a whole run (and writes the children's class data
      // archive); later rounds are killed anywhere up to a little past the longest run seen.
      long killAfter = round == 1 ? 60_000 : (long) (random.nextDouble() * longestRunMillis * 1.2);
      long ran = runChild(kubeconfig, audit, soak, killAfter);
      if (ran >= 0) {
        longestRunMillis = Math.max(longestRunMillis, ran);
      }
      try (SqliteAuditLog log = SqliteAuditLog.open(audit, Clock.systemUTC())) {
        checkRound(soak, cluster, writer, log);
      }
      duplicated.addAndGet(
          Math.max(0, patches(cluster, lane) - patchesBefore - SoakRound.workloads(lane).size()));
    }
    try (SqliteAuditLog log = SqliteAuditLog.open(audit, Clock.systemUTC())) {
      rollBackEverything(writer, log);
      for (String name : SoakRound.workloads(lane)) {
        assertEquals(SoakRound.printed(0), cluster.resources(name), name + " after rollback");
      }
      assertEquals(List.of(), log.unendedRuns());
    }
  }

  /**
   * Settles what the killed child left, checks the log against the server, then completes the
   * round.
   */
  private void checkRound(
      SoakRound soak, SoakApiserver cluster, KubernetesClusterWriter writer, SqliteAuditLog log) {
    int round = soak.round();
    new Recovery(writer, log).settleInterruptedRuns();
    RunExecutor executor =
        new RunExecutor(writer, log, new ApplyOptions(4, Duration.ZERO, Duration.ofSeconds(20)));
    Optional<RunRecord> childRun =
        log.runs().stream().filter(r -> r.description().equals(soak.description())).findFirst();
    if (childRun.isPresent()) {
      RunRecord run = childRun.get();
      halfRecorded.addAndGet(run.ended() ? 0 : 1);
      for (ChangeRecord change : run.changes()) {
        String name = change.change().workload().name();
        String holds = cluster.resources(name);
        if (!inOrder(change)
            || change.state() == ChangeState.PLANNED
            || change.state() == ChangeState.SENDING) {
          halfRecorded.incrementAndGet();
        }
        boolean holdsNew = holds.equals(SoakRound.printed(round));
        if (holdsNew != change.state().reachedCluster()
            || !holdsNew && !holds.equals(SoakRound.printed(round - 1))) {
          lost.incrementAndGet();
        }
      }
      List<PlannedChange> rest = new Undo(log).resumptionOf(run.id());
      if (!rest.isEmpty()) {
        executor.execute(
            "resume " + soak.description(), rest, ApplyListener.NONE, new RunControl());
      }
    } else {
      // Killed before its run was recorded: nothing may have reached the server.
      for (String name : SoakRound.workloads(soak.lane())) {
        if (!cluster.resources(name).equals(SoakRound.printed(round - 1))) {
          lost.incrementAndGet();
        }
      }
      executor.execute(soak.description(), soak.changes(), ApplyListener.NONE, new RunControl());
    }
    for (String name : SoakRound.workloads(soak.lane())) {
      if (!cluster.resources(name).equals(SoakRound.printed(round))) {
        lost.incrementAndGet();
      }
    }
    halfRecorded.addAndGet(log.unendedRuns().size());
  }

  /**
   * States in the order a change passes through them; recovery may end one early with {@code
   * NOT_APPLIED}.
   */
  private static boolean inOrder(ChangeRecord change) {
    List<ChangeState> states = change.history().stream().map(ChangeEvent::state).toList();
    int n = states.size();
    if (states.getLast() == ChangeState.NOT_APPLIED) {
      states = states.subList(0, n - 1);
    }
    return states.equals(HAPPY_PATH.subList(0, Math.min(states.size(), HAPPY_PATH.size())));
  }

  private static void rollBackEverything(KubernetesClusterWriter writer, SqliteAuditLog log) {
    RunExecutor executor =
        new RunExecutor(writer, log, new ApplyOptions(4, Duration.ZERO, Duration.ofSeconds(20)));
    Undo undo = new Undo(log);
    List<RunRecord> runs =
        log.runs().stream().sorted(Comparator.comparingLong(RunRecord::id).reversed()).toList();
    for (RunRecord run : runs) {
      List<PlannedChange> rollback = undo.rollbackOfRun(run.id());
      if (!rollback.isEmpty()) {
        RunRecord done =
            executor.execute(
                "rollback of run " + run.id(), rollback, ApplyListener.NONE, new RunControl());
        for (ChangeRecord change : done.changes()) {
          if (change.state() != ChangeState.ROLLED_OUT) {
            throw new AssertionError(
                "rollback of run "
                    + run.id()
                    + " ("
                    + run.description()
                    + "): "
                    + change.change().workload().name()
                    + " is "
                    + change.state()
                    + ": "
                    + change.latest().detail());
          }
        }
      }
    }
  }

  private static int patches(SoakApiserver cluster, int lane) {
    return SoakRound.workloads(lane).stream().mapToInt(cluster::acceptedPatches).sum();
  }

  /**
   * Runs the round in a child JVM and kills it {@code killAfter} ms after it said READY; returns
   * how long its run took when it finished first, else -1.
   */
  private long runChild(Path kubeconfig, Path audit, SoakRound soak, long killAfter)
      throws Exception {
    int round = soak.round();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + dir.resolve("soak-child-" + soak.lane() + ".jsa"),
                "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow",
                "-cp",
                System.getProperty("java.class.path"),
                SoakChild.class.getName(),
                kubeconfig.toString(),
                audit.toString(),
                Integer.toString(soak.lane()),
                Integer.toString(round))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<Long> ready = new CompletableFuture<>();
    CompletableFuture<Long> done = new CompletableFuture<>();
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                String line;
                while ((line = out.readLine()) != null) {
                  if (line.equals("READY")) {
                    ready.complete(System.nanoTime());
                  } else if (line.equals("DONE")) {
                    done.complete(
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - ready.getNow(0L)));
                  }
                }
              } catch (java.io.IOException killed) {
                // the pipe closed with the child
              }
              ready.complete(-1L);
              done.complete(-1L);
            });
    long ran;
    try {
      if (ready.get(60, TimeUnit.SECONDS) < 0) {
        throw new AssertionError("round " + round + ": the child ended before its run started");
      }
      ran = done.get(killAfter, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      child.destroyForcibly();
      kills.incrementAndGet();
      ran = -1;
    }
    if (!child.waitFor(60, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      throw new AssertionError("round " + round + ": the child did not end");
    }
    return ran;
  }
}
