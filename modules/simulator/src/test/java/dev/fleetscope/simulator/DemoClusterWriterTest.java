package dev.fleetscope.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.RolloutState;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoClusterWriterTest {
  private final Simulator simulator =
      new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(DemoFleetTest.NOW, ZoneOffset.UTC));
  private final DemoClusterWriter writer = new DemoClusterWriter(simulator);

  private static WorkloadChange halveCpu(WorkloadState state) {
    List<ContainerChange> changes = new ArrayList<>();
    state
        .containers()
        .forEach(
            (name, now) ->
                now.request(ContainerResources.CPU)
                    .ifPresent(
                        cpu -> {
                          double cores = dev.fleetscope.model.Quantities.parseCores(cpu);
                          changes.add(
                              new ContainerChange(
                                  name,
                                  now,
                                  now.withRequest(
                                      ContainerResources.CPU,
                                      Optional.of(
                                          dev.fleetscope.model.Quantities.formatCores(
                                              cores / 2)))));
                        }));
    return new WorkloadChange(state.ref(), changes);
  }

  @Test
  void applyingRightsizingShrinksTheNodePoolAndTheCost() throws Exception {
    String cluster = "aws-prod-use1";
    double before = simulator.snapshot("demo").cluster(cluster).orElseThrow().hourlyCost();
    List<SimWorkload> services =
        simulator
            .fleet()
            .workloads()
            .filter(
                w -> w.ref().cluster().equals(cluster) && w.ref().kind() == WorkloadKind.DEPLOYMENT)
            .toList();
    for (SimWorkload w : services) {
      if (w.extras().podResources().isPresent()) {
        continue; // sized at pod level: its containers set no CPU of their own
      }
      WorkloadChange change = halveCpu(writer.read(w.ref()));
      writer.apply(change, ApplyMethod.ROLLOUT);
      assertEquals(
          new RolloutState.Complete(),
          writer.rollout(change, ApplyMethod.ROLLOUT, java.time.Duration.ZERO));
      assertTrue(
          writer.read(w.ref()).holds(change, ApplyMethod.ROLLOUT, true),
          "reads back exactly what was applied");
    }
    FleetSnapshot after = simulator.snapshot("demo");
    Cluster resized = after.cluster(cluster).orElseThrow();
    assertTrue(
        resized.hourlyCost() < before * 0.85, "cost " + before + " -> " + resized.hourlyCost());
    assertTrue(
        resized
            .workloads()
            .allMatch(
                w ->
                    w.pods().stream()
                        .allMatch(
                            p ->
                                resized.nodes().stream().anyMatch(n -> n.name().equals(p.node())))),
        "every pod sits on a node of the settled pool");
  }

  @Test
  void refusesAChangeWhoseBeforeNoLongerHolds() throws Exception {
    SimWorkload w =
        simulator
            .fleet()
            .workloads()
            .filter(x -> x.ref().kind() == WorkloadKind.DEPLOYMENT)
            .findFirst()
            .orElseThrow();
    WorkloadChange change = halveCpu(writer.read(w.ref()));
    writer.apply(change, ApplyMethod.ROLLOUT);
    ClusterWriteException conflict =
        assertThrows(ClusterWriteException.class, () -> writer.apply(change, ApplyMethod.ROLLOUT));
    assertEquals(ClusterWriteException.Reason.CONFLICT, conflict.reason());
    writer.apply(change.reversed(), ApplyMethod.ROLLOUT);
    assertTrue(
        writer.read(w.ref()).holds(change, ApplyMethod.ROLLOUT, false),
        "rolled back to the exact previous values");
  }

  @Test
  void aSmallerMemoryLimitIsWhatTheContainerIsKilledAtFromNowOn() throws Exception {
    SimWorkload w =
        simulator
            .fleet()
            .workloads()
            .filter(x -> "online-inference".equals(x.labels().get("workload-type")))
            .findFirst()
            .orElseThrow();
    WorkloadState state = writer.read(w.ref());
    String name = w.primary().spec().name();
    ContainerResources now = state.container(name).orElseThrow();
    writer.apply(
        new WorkloadChange(
            w.ref(),
            List.of(
                new ContainerChange(
                    name, now, now.withLimit(ContainerResources.MEMORY, Optional.of("64Mi"))))),
        ApplyMethod.ROLLOUT);
    UsagePoint point = new UsagePoint();
    simulator.track(w.primary()).container().usage(DemoFleetTest.NOW.getEpochSecond() / 60, point);
    assertTrue(point.oomKilled, "a 64 MiB limit kills a model server");
  }
}
