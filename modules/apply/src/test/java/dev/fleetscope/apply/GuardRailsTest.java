package dev.fleetscope.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.LabelSelector;
import dev.fleetscope.model.LabelSelector.Operator;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.DisruptionBudget;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuardRailsTest {
  private static final WorkloadRef SERVING =
      new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "serving");
  private static final ContainerResources BEFORE = FakeCluster.resources("1", "2Gi");
  private static final GuardRailSettings DEFAULTS = GuardRailSettings.defaults();

  private static ProposedChange change(
      WorkloadRef ref,
      ContainerResources after,
      int replicas,
      Optional<HorizontalAutoscaler> hpa,
      List<DisruptionBudget> pdbs,
      boolean immutable) {
    WorkloadState state =
        new WorkloadState(ref, Map.of("api", BEFORE), replicas, Map.of(), hpa, pdbs, immutable);
    return new ProposedChange(
        new WorkloadChange(ref, List.of(new ContainerChange("api", BEFORE, after))), state);
  }

  private static ProposedChange change(ContainerResources after) {
    return change(SERVING, after, 3, Optional.empty(), List.of(), false);
  }

  private static Observations peak(double bytes, double meanCpu) {
    return new Observations(
        Map.of("prod/ml/serving/api", new Observations.Observed(bytes, meanCpu)));
  }

  private static List<String> refusals(
      GuardRailSettings settings, Observations observed, ProposedChange change) {
    return new GuardRails(settings, observed, cluster -> false)
        .check(change).stream().map(Refusal::toString).toList();
  }

  @Test
  void rejectsPatchBelowObservedPeakMemory() {
    // peak 1000 MiB, margin 5%: the ceiling must be at least 1050 MiB; 1Gi (1024 MiB) is below it
    List<String> refused =
        refusals(
            DEFAULTS, peak(1000.0 * (1 << 20), 0.1), change(FakeCluster.resources("500m", "1Gi")));
    assertEquals(
        List.of(
            "prod/ml/serving/api: memory 1.00 GiB is below the observed peak 1000 MiB plus 5.0% (1.03 GiB)"),
        refused);
  }

  @Test
  void acceptsMemoryAbovePeakPlusMargin() {
    assertEquals(
        List.of(),
        refusals(
            DEFAULTS, peak(900.0 * (1 << 20), 0.1), change(FakeCluster.resources("500m", "1Gi"))));
  }

  @Test
  void refusesLoweringMemoryWithoutAnObservedPeak() {
    assertEquals(
        List.of(
            "prod/ml/serving/api: memory lowered to 1.00 GiB with no observed peak to check it against"
                + " (give the samples it was planned from)"),
        refusals(DEFAULTS, Observations.NONE, change(FakeCluster.resources("500m", "1Gi"))));
  }

  @Test
  void refusesCpuUnderTheHpaTargetUnlessAllowed() {
    // HPA at 70%: mean 0.4 cores over a new request of 0.5 cores is 80% > 70%
    var hpa = Optional.of(new HorizontalAutoscaler(2, 10, OptionalDouble.of(0.7)));
    ProposedChange change =
        change(SERVING, FakeCluster.resources("500m", "2Gi"), 3, hpa, List.of(), false);
    assertEquals(
        List.of(
            "prod/ml/serving/api: an HPA scales it at 70% CPU: mean use 0.40 cores over the new request"
                + " 0.50 cores is 80%, so it would add replicas at once (--allow-hpa to apply anyway)"),
        refusals(DEFAULTS, peak(1e9, 0.4), change));
    var allowHpa = new GuardRailSettings(0.05, true, Set.of(), 2, false, ApplyMethod.ROLLOUT);
    assertEquals(List.of(), refusals(allowHpa, peak(1e9, 0.4), change));
    // mean 0.3 cores over 0.5 is 60%, under the 70% target: allowed without the flag
    assertEquals(List.of(), refusals(DEFAULTS, peak(1e9, 0.3), change));
  }

  @Test
  void refusesARolloutAPodDisruptionBudgetForbidsAndTooFewReplicas() {
    ProposedChange change =
        change(
            SERVING,
            FakeCluster.resources("500m", "2Gi"),
            1,
            Optional.empty(),
            List.of(new DisruptionBudget("serving-pdb", 0)),
            false);
    assertEquals(
        List.of(
            "prod/ml/serving: has 1 replica, fewer than the minimum of 2 for a restarting rollout (lower it with --min-replicas, or resize in place)",
            "prod/ml/serving: PodDisruptionBudget serving-pdb allows no disruption now: a rollout would take pods it protects"),
        refusals(DEFAULTS, peak(1e9, 0.1), change));
  }

  @Test
  void aBudgetWrittenWithMatchExpressionsStillGuardsTheRollout() {
    Map<String, String> podLabels = Map.of("app", "serving", "tier", "gpu");
    DisruptionBudget byExpressions =
        new DisruptionBudget(
            "gpu-serving-pdb",
            0,
            LabelSelector.of(
                Map.of(),
                List.of(
                    new LabelSelector.Requirement("app", Operator.IN, List.of("serving", "batch")),
                    new LabelSelector.Requirement("canary", Operator.DOES_NOT_EXIST, List.of()))));
    DisruptionBudget otherTier =
        new DisruptionBudget(
            "cpu-serving-pdb",
            0,
            LabelSelector.of(
                Map.of("app", "serving"),
                List.of(new LabelSelector.Requirement("tier", Operator.NOT_IN, List.of("gpu")))));
    WorkloadState state =
        new WorkloadState(
            SERVING,
            Map.of("api", BEFORE),
            3,
            Map.of(),
            Optional.empty(),
            List.of(byExpressions, otherTier),
            false,
            podLabels);
    ProposedChange change =
        new ProposedChange(
            new WorkloadChange(
                SERVING,
                List.of(new ContainerChange("api", BEFORE, FakeCluster.resources("500m", "2Gi")))),
            state);

    assertEquals(
        List.of(
            "prod/ml/serving: PodDisruptionBudget gpu-serving-pdb allows no disruption now: a rollout would take pods it protects"),
        refusals(DEFAULTS, peak(1e9, 0.1), change));
    Plan screened =
        new GuardRails(DEFAULTS, peak(1e9, 0.1), cluster -> false)
            .screen(new Plan(List.of(change), List.of()));
    assertEquals(List.of(), screened.changes());
  }

  @Test
  void refusesSystemNamespacesUnlessNamed() {
    WorkloadRef dns = new WorkloadRef("prod", "kube-system", WorkloadKind.DEPLOYMENT, "coredns");
    Observations observed =
        new Observations(
            Map.of("prod/kube-system/coredns/api", new Observations.Observed(1e9, 0.1)));
    ProposedChange change =
        change(dns, FakeCluster.resources("500m", "2Gi"), 2, Optional.empty(), List.of(), false);
    assertEquals(
        List.of(
            "prod/kube-system/coredns: kube-system is a system namespace: name it"
                + " (--allow-namespace kube-system) to change workloads there"),
        refusals(DEFAULTS, observed, change));
    var named =
        new GuardRailSettings(0.05, false, Set.of("kube-system"), 2, false, ApplyMethod.ROLLOUT);
    assertEquals(List.of(), refusals(named, observed, change));
  }

  @Test
  void refusesEverythingInReadOnlyMode() {
    var readOnly = new GuardRailSettings(0.05, false, Set.of(), 2, true, ApplyMethod.ROLLOUT);
    assertEquals(
        List.of("prod/ml/serving: read-only mode: nothing is sent to any cluster"),
        refusals(readOnly, peak(1e9, 0.1), change(FakeCluster.resources("500m", "2Gi"))));
  }

  @Test
  void refusesAJobTemplateAndInPlaceWhereUnsupported() {
    WorkloadRef job = new WorkloadRef("prod", "ml", WorkloadKind.JOB, "train");
    Observations observed =
        new Observations(Map.of("prod/ml/train/api", new Observations.Observed(1e9, 0.1)));
    var inPlace = new GuardRailSettings(0.05, false, Set.of(), 2, false, ApplyMethod.IN_PLACE);
    assertEquals(
        List.of(
            "prod/ml/train: a Job's pod template cannot be changed (only a suspended Job's, on"
                + " Kubernetes 1.36 or newer): change the CronJob or whatever creates the Job",
            "prod/ml/train: cluster prod cannot resize pods in place (needs Kubernetes 1.33 or newer): apply with a rollout instead"),
        refusals(
            inPlace,
            observed,
            change(
                job, FakeCluster.resources("500m", "2Gi"), 1, Optional.empty(), List.of(), true)));
  }
}
