package dev.fleetscope.runtime.rightsizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.GpuAllocation;
import dev.fleetscope.model.JvmMemory;
import dev.fleetscope.model.MigProfile;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.runtime.rightsizing.SizingTraits.Kind;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The badges of the demo fleet's workloads of today's Kubernetes, and of a few made by hand. */
class SizingTraitsTest {
  private static final long MI = 1L << 20;
  private static FleetSnapshot demo;

  @BeforeAll
  static void buildTheDemoFleet() {
    demo =
        new DemoFleetSource(Simulator.DEFAULT_SEED, Clock.systemUTC(), Duration.ofSeconds(2))
            .poll();
  }

  private static Workload demo(String name) {
    return demo.workloads().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aVpaManagedServiceNamesTheVpaItsModeAndWhatItControls() {
    SizingTraits traits = SizingTraits.of(demo("query-rewriter"), "server");
    assertEquals("VPA InPlaceOrRecreate", traits.text());
    assertEquals(
        "VPA query-rewriter (InPlaceOrRecreate) manages container server (cpu and memory):"
            + " Fleetscope does not patch it; Apply offers the VPA-side change instead (minAllowed"
            + " at the recommendation, or updateMode Off)",
        traits.details().getFirst());
  }

  @Test
  void aKedaWorkerShowsItsUtilizationTargetAndCountsItsOtherMetric() {
    SizingTraits traits = SizingTraits.of(demo("orders-consumer"));
    assertEquals("KEDA cpu 70% +1", traits.text());
    assertTrue(traits.has(Kind.KEDA) && !traits.has(Kind.HPA));
    assertTrue(
        traits.details().getFirst().startsWith("KEDA ScaledObject orders-consumer (HPA"),
        traits.details().toString());
  }

  @Test
  void thePodRowOfPodLevelResourcesSaysPodLevelWithItsValues() {
    SizingTraits pod = SizingTraits.of(demo("feature-joiner"), ContainerChange.POD);
    assertEquals("pod-level", pod.text());
    assertTrue(
        pod.details()
            .getFirst()
            .startsWith(
                "pod-level resources (spec.resources): requests 3.00 cores, 6.00 GiB; limits 4.00"
                    + " cores, 6.00 GiB"),
        pod.details().toString());
  }

  @Test
  void aJvmWithAFixedHeapNamesItAndTheFloorBelowWhichNoLimitGoes() {
    SizingTraits traits = SizingTraits.of(demo("payments-scorer"), "server");
    assertEquals("JVM -Xmx 3.00 GiB", traits.text());
    // 3 GiB of heap and the Paketo calculator's 628 MiB beside it
    assertTrue(
        traits
            .details()
            .getFirst()
            .endsWith("no memory limit below 3.61 GiB is recommended or" + " applied"),
        traits.details().toString());
  }

  @Test
  void sidecarsAndInitContainersShowOnTheWorkloadAndASidecarOnItsOwnRow() {
    Workload gateway = demo("model-gateway");
    assertEquals("sidecar envoy · init fetch-models", SizingTraits.of(gateway).text());
    assertEquals("native sidecar", SizingTraits.of(gateway, "envoy").text());
    assertEquals("", SizingTraits.of(gateway, "gateway").text());
  }

  @Test
  void aCronJobCountsItsRunsAndADraTrainerItsClaimedGpus() {
    SizingTraits cron = SizingTraits.of(demo("embedding-refresh"));
    assertTrue(cron.text().matches("CronJob \\d+ runs"), cron.text());
    SizingTraits trainer = SizingTraits.of(demo("llm-finetune-dra"), "trainer");
    assertEquals("DRA 2 GPUs · Job", trainer.text());
    assertTrue(
        trainer.details().getFirst().startsWith("GPUs through DRA: gpu.nvidia.com gpu-0 ("),
        trainer.details().toString());
  }

  @Test
  void aMigSliceOfTheDevicePluginAndAPercentageHeap() {
    ContainerSpec spec =
        new ContainerSpec(
            "predictor",
            Resources.of(1, 2048 * MI),
            Resources.of(Double.POSITIVE_INFINITY, 2048 * MI),
            new GpuAllocation.Mig(MigProfile.parse("1g.10gb"), 1),
            ContainerKind.CONTAINER,
            Optional.of(
                new JvmMemory(OptionalLong.empty(), 0.75, 628 * MI, "-XX:MaxRAMPercentage=75")));
    Workload w =
        new Workload(
            new WorkloadRef("lab", "ml", WorkloadKind.DEPLOYMENT, "ranker"),
            Map.of(),
            "",
            Optional.empty(),
            1,
            List.of(spec),
            List.of(),
            Optional.empty());
    SizingTraits traits = SizingTraits.of(w, "predictor");
    assertEquals("MIG 1g.10gb · JVM 75% RAM", traits.text());
    assertEquals(
        "GPUs through the device plugin (nvidia.com/mig-1g.10gb: 1)", traits.details().get(0));
    assertTrue(traits.details().get(1).contains("(at least 2.45 GiB)"), traits.details().get(1));
  }
}
