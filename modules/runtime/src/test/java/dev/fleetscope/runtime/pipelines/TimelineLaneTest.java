package dev.fleetscope.runtime.pipelines;

import static dev.fleetscope.runtime.pipelines.Boards.AIRFLOW_LIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.pipeline.RunState;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimelineLaneTest {
  @Test
  void placesRunsAsFractionsOfTheWindow() {
    List<TimelineLane> lanes =
        TimelineLane.of(Boards.sample(AIRFLOW_LIVE), PipelineFilter.LAST_DAY);
    assertEquals(
        List.of("features", "ingest", "retrain"),
        lanes.stream().map(TimelineLane::pipeline).toList());
    // features f-1: started 6 h before now, ran 30 min: from (24-6)/24 = 0.75 to (24-5.5)/24 =
    // 0.7708; f-0 is 48 h ago
    TimelineBar features = lanes.get(0).bars().getFirst();
    assertEquals(1, lanes.get(0).bars().size());
    assertEquals(0.75, features.from(), 1e-9);
    assertEquals(18.5 / 24, features.to(), 1e-9);
    // ingest: running since 1 h: from 23/24 to now (1)
    TimelineBar ingest = lanes.get(1).bars().getFirst();
    assertEquals(23.0 / 24, ingest.from(), 1e-9);
    assertEquals(1.0, ingest.to(), 1e-9);
    // retrain: the run 3 d ago is outside the day; the queued one is a mark at now
    TimelineBar queued = lanes.get(2).bars().getFirst();
    assertEquals(RunState.QUEUED, queued.run().state());
    assertEquals(1.0, queued.from(), 1e-9);
    assertEquals(1.0, queued.to(), 1e-9);
  }

  @Test
  void clipsARunThatStartedBeforeTheWindow() {
    // over a week, f-0 (48 h ago, 12 min) sits at (168-48)/168; retrain r-0 (72 h ago) at 96/168
    List<TimelineLane> lanes =
        TimelineLane.of(
            Boards.sample(AIRFLOW_LIVE), PipelineFilter.LAST_DAY.withWindow(PipelineFilter.WEEK));
    assertEquals(120.0 / 168, lanes.get(0).bars().getFirst().from(), 1e-9);
    assertEquals(96.0 / 168, lanes.get(2).bars().getFirst().from(), 1e-9);
    TimelineBar old =
        TimelineBar.of(
            Boards.running("af", "ingest", "i-0", 30),
            Boards.NOW.minusSeconds(86_400),
            Boards.NOW,
            "");
    assertEquals(0.0, old.from(), 1e-9, "running for 30 h: clipped to the day's start");
  }

  @Test
  void theStateFilterEmptiesLanesButKeepsThem() {
    List<TimelineLane> lanes =
        TimelineLane.of(
            Boards.sample(AIRFLOW_LIVE),
            PipelineFilter.LAST_DAY
                .withWindow(PipelineFilter.WEEK)
                .withStates(Set.of(RunState.FAILED)));
    assertEquals(3, lanes.size(), "lanes stay put");
    assertEquals(
        List.of("f-0"),
        lanes.stream().flatMap(l -> l.bars().stream()).map(b -> b.run().runId()).toList());
  }

  @Test
  void runsOfAStaleSourceStayAndAreMarked() {
    var stale = Boards.status("af", "Airflow prod", SourceState.STALE);
    List<TimelineLane> lanes = TimelineLane.of(Boards.sample(stale), PipelineFilter.LAST_DAY);
    assertFalse(lanes.get(0).live());
    assertEquals(1, lanes.get(0).bars().size(), "never blanked");
    assertTrue(lanes.get(2).live());
    assertTrue(lanes.get(0).bars().getFirst().summary().contains("Airflow prod (stale)"));
  }

  @Test
  void sourceAndPipelineFiltersDropLanes() {
    List<TimelineLane> lanes =
        TimelineLane.of(
            Boards.sample(AIRFLOW_LIVE), PipelineFilter.LAST_DAY.withSources(Set.of("kfp")));
    assertEquals(List.of("retrain"), lanes.stream().map(TimelineLane::pipeline).toList());
    lanes =
        TimelineLane.of(
            Boards.sample(AIRFLOW_LIVE), PipelineFilter.LAST_DAY.withPipelines(Set.of("ingest")));
    assertEquals(List.of("ingest"), lanes.stream().map(TimelineLane::pipeline).toList());
  }
}
