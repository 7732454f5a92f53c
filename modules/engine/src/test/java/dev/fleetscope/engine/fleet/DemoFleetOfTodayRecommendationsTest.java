package dev.fleetscope.engine.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.engine.Recommendation;
import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo fleet's workloads of today's Kubernetes, recommended from their recorded history. */
class DemoFleetOfTodayRecommendationsTest {
  private static final String AWS = "aws-prod-use1";
  private static FleetRecommendations result;

  @BeforeAll
  static void recommend() throws InterruptedException {
    DemoFleetSource source =
        new DemoFleetSource(
            Simulator.DEFAULT_SEED,
            Clock.fixed(Instant.parse("2026-11-20T15:00:30Z"), ZoneOffset.UTC),
            Duration.ofSeconds(2));
    source.awaitHistory();
    FleetSnapshot snapshot = source.poll();
    result = new FleetRightsizer(FleetscopeStrategy.DEFAULT).recommend(snapshot);
  }

  private static Recommendation of(
      String cluster, String ns, WorkloadKind kind, String name, String container) {
    ContainerRef ref = new WorkloadRef(cluster, ns, kind, name).container(container);
    return result.containers().stream()
        .filter(c -> c.ref().equals(ref))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no recommendation for " + ref))
        .recommendation();
  }

  @Test
  void theJvmKeepsItsHeapPlusOverhead() {
    Recommendation jvm =
        of(AWS, "fraud-detection", WorkloadKind.DEPLOYMENT, "payments-scorer", "server");
    assertTrue(jvm.proposed().memoryLimit() >= (3L << 30) + (628L << 20), jvm.reason());
    assertTrue(jvm.reason().contains("JVM (-Xmx3g in JAVA_TOOL_OPTIONS)"), jvm.reason());
    assertEquals(0, jvm.replay().memoryOverLimitSamples());
  }

  @Test
  void thePodLevelPodIsOneRowAndTheHourlyCronJobIsSizedByItsRuns() {
    Recommendation pod =
        of(AWS, "recsys-serving", WorkloadKind.DEPLOYMENT, "feature-joiner", ContainerChange.POD);
    assertEquals(3.0, pod.current().cpuRequest());
    Recommendation refresh =
        of(AWS, "ml-platform", WorkloadKind.CRON_JOB, "embedding-refresh", "refresh");
    assertTrue(refresh.reason().startsWith("Short job ("), refresh.reason());
    assertTrue(refresh.proposed().cpuRequest() >= 1.6, refresh.reason());
  }

  @Test
  void theKedaWorkersReplayShowsItsReplicasAndTheDraTrainerIsAdvisedOnItsGpus() {
    Recommendation worker =
        of(AWS, "ingestion", WorkloadKind.DEPLOYMENT, "orders-consumer", "consumer");
    var hpa = worker.replay().hpa().orElseThrow();
    assertTrue(hpa.otherMetrics().contains("s0-kafka-orders"), hpa.describe());
    // bursts may take a replica more, but what the replicas request together does not grow
    assertTrue(
        hpa.meanProposed() * worker.proposed().cpuRequest()
            <= hpa.meanNow() * worker.current().cpuRequest(),
        hpa.describe());
    Recommendation trainer =
        of("gke-train-usc1", "training-nlp", WorkloadKind.JOB, "llm-finetune-dra", "trainer");
    assertTrue(
        trainer.gpu().orElseThrow().summary().startsWith("GPU well used"),
        trainer.gpu().toString());
  }
}
