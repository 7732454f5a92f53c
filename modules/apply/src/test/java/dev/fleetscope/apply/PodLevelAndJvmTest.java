package dev.fleetscope.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.JvmOptions;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriter;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.ContainerTraits;
import dev.fleetscope.model.change.RolloutState;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PodLevelAndJvmTest {
  private static final WorkloadRef REF =
      new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "svc");
  private static final long MI = 1L << 20;

  private static WorkloadState state(
      Map<String, ContainerResources> containers,
      Map<String, ContainerTraits> traits,
      Optional<ContainerResources> pod) {
    Map<String, Map<String, ContainerResources>> pods = new LinkedHashMap<>();
    pods.put("svc-a", containers);
    return new WorkloadState(
        REF,
        containers,
        2,
        pods,
        Optional.empty(),
        List.of(),
        false,
        Optional.empty(),
        traits,
        Map.of(),
        pod);
  }

  /** A cluster of one workload, read as it is. */
  private static ClusterWriter holding(WorkloadState state) {
    return new ClusterWriter() {
      @Override
      public Optional<WorkloadState> find(String cluster, String namespace, String name) {
        return Optional.of(state);
      }

      @Override
      public WorkloadState read(WorkloadRef workload) {
        return state;
      }

      @Override
      public String dryRun(WorkloadChange change, ApplyMethod method) {
        return "";
      }

      @Override
      public void apply(WorkloadChange change, ApplyMethod method) throws ClusterWriteException {
        throw new ClusterWriteException(ClusterWriteException.Reason.OTHER, "not in this test");
      }

      @Override
      public RolloutState rollout(WorkloadChange change, ApplyMethod method, Duration wait) {
        return new RolloutState.Complete();
      }

      @Override
      public boolean supportsInPlaceResize(String cluster) {
        return true;
      }
    };
  }

  @Test
  void aPodLevelRecommendationChangesThePodAndScalesTheContainersOwnValuesByTheSameRatio() {
    WorkloadState state =
        state(
            Map.of(
                "app",
                new ContainerResources(Map.of("cpu", "1500m"), Map.of()),
                "log-shipper",
                ContainerResources.NONE),
            Map.of(),
            Optional.of(
                new ContainerResources(
                    Map.of("cpu", "2", "memory", "4Gi"), Map.of("cpu", "4", "memory", "4Gi"))));
    PlannedSizing pod =
        new PlannedSizing(
            ContainerTarget.parse("prod/ml/svc/" + ContainerChange.POD),
            1,
            OptionalDouble.of(2),
            3L << 30,
            OptionalDouble.of(3L << 30));
    Plan plan = new ChangePlanner(holding(state)).plan(List.of(pod), Optional.empty());
    List<ContainerChange> changes = plan.changes().getFirst().change().containers();
    assertEquals(
        new ContainerResources(
            Map.of("cpu", "1", "memory", "3Gi"), Map.of("cpu", "2", "memory", "3Gi")),
        changes.get(0).after());
    assertEquals(ContainerChange.POD, changes.get(0).container());
    // the app's 1.5 of the pod's 2 cores stays three quarters of the new 1 core
    assertEquals(
        new ContainerChange(
            "app",
            new ContainerResources(Map.of("cpu", "1500m"), Map.of()),
            new ContainerResources(Map.of("cpu", "750m"), Map.of())),
        changes.get(1));
    assertEquals(2, changes.size(), "a container without values of its own is left alone");
  }

  @Test
  void aMemoryLimitBelowAFixedHeapPlusOverheadIsRefused() {
    ContainerResources before =
        new ContainerResources(Map.of("cpu", "1", "memory", "3Gi"), Map.of("memory", "3Gi"));
    ContainerResources after =
        new ContainerResources(Map.of("cpu", "1", "memory", "2Gi"), Map.of("memory", "2Gi"));
    ContainerTraits jvm =
        new ContainerTraits(
            ContainerKind.CONTAINER,
            false,
            false,
            Optional.of(JvmOptions.of(List.of("-Xmx2g"), "-Xmx2g in JAVA_TOOL_OPTIONS")));
    WorkloadState state = state(Map.of("api", before), Map.of("api", jvm), Optional.empty());
    ProposedChange change =
        new ProposedChange(
            new WorkloadChange(REF, List.of(new ContainerChange("api", before, after))), state);
    Observations observed =
        new Observations(Map.of("prod/ml/svc/api", new Observations.Observed(900.0 * MI, 0.2)));
    List<Refusal> refusals =
        new GuardRails(GuardRailSettings.defaults(), observed, c -> true).check(change);
    assertEquals(
        List.of(
            "prod/ml/svc/api: memory limit 2.00 GiB is below what its JVM takes (heap fixed at"
                + " 2.00 GiB (-Xmx), -Xmx2g in JAVA_TOOL_OPTIONS, plus 628 MiB beside the heap: at"
                + " least 2.61 GiB)"),
        refusals.stream().map(Refusal::toString).toList());
  }

  @Test
  void theInPlacePreviewShowsARestartByResizePolicyAndALowerMemoryLimitAsBestEffort() {
    ContainerResources before =
        new ContainerResources(Map.of("cpu", "1", "memory", "3Gi"), Map.of("memory", "3Gi"));
    ContainerResources after =
        new ContainerResources(Map.of("cpu", "1", "memory", "2Gi"), Map.of("memory", "2Gi"));
    ContainerTraits restartsOnMemory =
        new ContainerTraits(ContainerKind.CONTAINER, false, true, Optional.empty());
    WorkloadState state =
        state(Map.of("api", before), Map.of("api", restartsOnMemory), Optional.empty());
    ProposedChange change =
        new ProposedChange(
            new WorkloadChange(REF, List.of(new ContainerChange("api", before, after))), state);
    String restarts = Preview.restarts(change, ApplyMethod.IN_PLACE);
    assertEquals(
        "  resized in place, no restart: svc-a\n"
            + "  container api restarts in each pod (memory resizePolicy RestartContainer)\n"
            + "  container api: memory limit lowered to 2.00 GiB in place is best effort: the kubelet"
            + " lowers it only while the container uses less, else the resize stays in progress",
        restarts);
    assertTrue(Preview.of(change, ApplyMethod.ROLLOUT).contains("restarts 1 pod: svc-a"));
    assertEquals(Set.of(), Set.copyOf(InPlaceRails.check(change)));
  }
}
