package dev.fleetscope.benchmarks.kubernetes;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ChangeState;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.PlannedChange;
import dev.fleetscope.model.change.RunOutcome;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.store.SqliteAuditLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What auditing costs one change: a run of one change recorded as planned, then its intent,
 * acceptance and rollout, and the run's end: five durable (WAL, synchronous=FULL) transactions,
 * each flushed to disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AuditLogBenchmark {
  private static final WorkloadChange CHANGE =
      new WorkloadChange(
          new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "serving"),
          List.of(
              new ContainerChange(
                  "api",
                  new ContainerResources(
                      Map.of("cpu", "1", "memory", "2Gi"), Map.of("memory", "2Gi")),
                  new ContainerResources(
                      Map.of("cpu", "250m", "memory", "1536Mi"), Map.of("memory", "1536Mi")))));

  private Path dir;
  private SqliteAuditLog log;

  @Setup(Level.Trial)
  public void open() throws IOException {
    dir = Files.createTempDirectory("audit-benchmark");
    log = SqliteAuditLog.open(dir.resolve("audit.db"), Clock.systemUTC());
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    log.close();
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Benchmark
  public long auditOneChange() {
    RunRecord run =
        log.startRun("benchmark", List.of(PlannedChange.fromPlan(CHANGE, ApplyMethod.ROLLOUT)));
    long id = run.changes().getFirst().id();
    log.record(id, ChangeState.SENDING, "sending");
    log.record(id, ChangeState.APPLIED, "accepted");
    log.record(id, ChangeState.ROLLED_OUT, "rolled out");
    log.endRun(run.id(), RunOutcome.Kind.COMPLETED, "done");
    return id;
  }
}
