package dev.fleetscope.benchmarks.pipelines;

import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.pipelines.live.PipelineAlert;
import dev.fleetscope.pipelines.live.PipelineBoard;
import dev.fleetscope.pipelines.live.RunAlerts;
import dev.fleetscope.runtime.pipelines.PipelineFilter;
import dev.fleetscope.runtime.pipelines.PipelineHealth;
import dev.fleetscope.runtime.pipelines.PipelinesState;
import dev.fleetscope.simulator.pipelines.DemoPipelines;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the console does with pipeline runs after every poll, on the demo pipelines' five weeks of
 * runs (about 1,100 runs of six pipelines in three sources) and on {@code copies} times as many
 * (the same runs under more source ids): poll the demo sources, build the board, decide the alerts
 * (a fresh {@link RunAlerts}: the first poll, the costliest), and compute the Pipelines view's
 * state for 24 h and 7 d and the Overview tile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m"})
public class PipelineBoardBenchmark {
  static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");
  static final long SEED = 20261124L;

  @Param({"1", "10"})
  int copies;

  List<PipelineRun> runs;
  List<SourceStatus> sources;
  PipelineBoard board;

  @Setup(Level.Trial)
  public void runs() {
    List<PipelineRun> demo = DemoPipelines.runsAt(SEED, NOW);
    runs = new ArrayList<>();
    sources = new ArrayList<>();
    for (int copy = 0; copy < copies; copy++) {
      String suffix = copy == 0 ? "" : "-" + copy;
      for (PipelineRun r : demo) {
        runs.add(
            new PipelineRun(
                r.source() + suffix,
                r.pipeline(),
                r.runId(),
                r.trigger(),
                r.state(),
                r.start(),
                r.end(),
                r.failedTasks(),
                r.link()));
      }
      for (String id : List.of("demo-airflow", "demo-kfp", "demo-argo")) {
        sources.add(
            new SourceStatus(
                id + suffix,
                id + suffix,
                SourceState.LIVE,
                Optional.of(NOW),
                Optional.empty(),
                Optional.empty()));
      }
    }
    board = new PipelineBoard(NOW, runs, sources);
    System.out.printf("%n%d runs of %d sources%n", runs.size(), sources.size());
  }

  @Benchmark
  public List<PipelineRun> pollDemoSources() {
    return DemoPipelines.runsAt(SEED, NOW);
  }

  @Benchmark
  public PipelineBoard buildBoard() {
    return new PipelineBoard(NOW, runs, sources);
  }

  @Benchmark
  public List<PipelineAlert> firstAlerts() {
    return new RunAlerts(NOW, Duration.ofHours(12)).check(runs, NOW);
  }

  @Benchmark
  public PipelinesState viewStateDay() {
    return PipelinesState.of(board, PipelineFilter.LAST_DAY);
  }

  @Benchmark
  public PipelinesState viewStateWeek() {
    return PipelinesState.of(board, PipelineFilter.LAST_DAY.withWindow(PipelineFilter.WEEK));
  }

  @Benchmark
  public PipelineHealth overviewTile() {
    return PipelineHealth.of(board);
  }
}
