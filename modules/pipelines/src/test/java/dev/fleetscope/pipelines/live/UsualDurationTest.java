package dev.fleetscope.pipelines.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UsualDurationTest {
  /**
   * One sort for a whole pipeline gives what the rule gives run by run, on random runs: ties in
   * start times, retried run ids, runs not finished or not started, every state.
   */
  @Test
  void beforeEachAgreesWithBeforeForEveryRun() {
    SplittableRandom random = new SplittableRandom(20261207);
    Instant t0 = Instant.parse("2026-11-01T00:00:00Z");
    RunState[] states = RunState.values();
    for (int trial = 0; trial < 300; trial++) {
      List<PipelineRun> runs = new ArrayList<>();
      int size = random.nextInt(0, 80);
      for (int i = 0; i < size; i++) {
        String id = "run-" + random.nextInt(0, size + 1); // some ids twice, as retries
        Instant start = t0.plus(Duration.ofHours(random.nextInt(0, 40))); // ties
        RunState state = states[random.nextInt(states.length)];
        runs.add(
            switch (random.nextInt(10)) {
              case 0 -> Runs.running("train", id, start);
              case 1 -> Runs.queued("train", id);
              default ->
                  Runs.finished(
                      "train", id, state, start, Duration.ofMinutes(random.nextInt(1, 300)));
            });
      }
      List<Optional<Duration>> each = UsualDuration.beforeEach(runs);
      for (int i = 0; i < size; i++) {
        Optional<Duration> expected = byDefinition(runs.get(i), runs);
        assertEquals(expected, each.get(i), "trial " + trial + ", run " + i);
        assertEquals(expected, UsualDuration.before(runs.get(i), runs), "trial " + trial);
      }
    }
  }

  /** The rule as the class states it, one filter and sort per run. */
  private static Optional<Duration> byDefinition(PipelineRun run, List<PipelineRun> runs) {
    Instant start = run.start().orElse(Instant.MAX);
    return UsualDuration.p95(
        runs.stream()
            .filter(
                r ->
                    r.state() == RunState.SUCCEEDED
                        && r.duration().isPresent()
                        && !r.runId().equals(run.runId()))
            .filter(r -> r.start().get().isBefore(start))
            .sorted(Comparator.comparing((PipelineRun r) -> r.start().get()).reversed())
            .limit(UsualDuration.WINDOW)
            .map(r -> r.duration().get())
            .toList());
  }

  @Test
  void p95OfTwentyRunsIsTheNineteenthSmallest() {
    // 1..20 minutes, shuffled order: rank ceil(0.95 * 20) = 19 -> 19 min
    List<Duration> durations =
        IntStream.of(7, 3, 20, 1, 15, 9, 11, 2, 19, 4, 18, 5, 13, 6, 17, 8, 12, 10, 16, 14)
            .mapToObj(Duration::ofMinutes)
            .toList();
    assertEquals(Optional.of(Duration.ofMinutes(19)), UsualDuration.p95(durations));
  }

  @Test
  void p95OfFiveRunsIsTheLargest() {
    // rank ceil(0.95 * 5) = 5
    assertEquals(
        Optional.of(Duration.ofMinutes(50)),
        UsualDuration.p95(
            List.of(
                Duration.ofMinutes(40),
                Duration.ofMinutes(42),
                Duration.ofMinutes(50),
                Duration.ofMinutes(41),
                Duration.ofMinutes(44))));
  }

  @Test
  void fewerThanFiveRunsSayNothing() {
    assertEquals(
        Optional.empty(),
        UsualDuration.p95(
            List.of(
                Duration.ofMinutes(1),
                Duration.ofMinutes(2),
                Duration.ofMinutes(3),
                Duration.ofMinutes(4))));
  }
}
