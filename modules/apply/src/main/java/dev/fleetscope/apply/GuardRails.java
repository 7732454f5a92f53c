package dev.fleetscope.apply;

import dev.fleetscope.apply.Refusal.GuardRail;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.Units;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.DisruptionBudget;
import dev.fleetscope.model.change.WorkloadState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * The checks every change must pass before it is sent, each refusing with a sentence that names the
 * workload, the numbers and the flag that would allow it. A workload with any refused container is
 * left out whole: one workload is one patch and one rollout.
 */
public final class GuardRails {
  private final GuardRailSettings settings;
  private final Observations observed;
  private final Predicate<String> inPlaceSupported;

  /**
   * @param inPlaceSupported whether a cluster (by name) can resize pods in place
   */
  public GuardRails(
      GuardRailSettings settings, Observations observed, Predicate<String> inPlaceSupported) {
    this.settings = settings;
    this.observed = observed;
    this.inPlaceSupported = inPlaceSupported;
  }

  /** The plan without the changes a guard rail refuses, those added to its refusals. */
  public Plan screen(Plan plan) {
    List<ProposedChange> kept = new ArrayList<>();
    List<Refusal> refused = new ArrayList<>();
    List<VpaChange> offered = new ArrayList<>();
    for (ProposedChange change : plan.changes()) {
      List<Refusal> reasons = check(change);
      if (reasons.isEmpty()) {
        kept.add(change);
      } else {
        refused.addAll(reasons);
        if (reasons.stream().anyMatch(r -> r.rule() == GuardRail.VPA_MANAGED)) {
          offered.addAll(VpaRail.offers(change));
        }
      }
    }
    return plan.refusing(kept, refused, offered);
  }

  public List<Refusal> check(ProposedChange proposed) {
    WorkloadState state = proposed.state();
    String id = state.ref().id();
    List<Refusal> refusals = new ArrayList<>();
    if (settings.readOnly()) {
      refusals.add(
          new Refusal(id, GuardRail.READ_ONLY, "read-only mode: nothing is sent to any cluster"));
      return refusals;
    }
    String namespace = state.ref().namespace();
    if (isSystemNamespace(namespace) && !settings.namedSystemNamespaces().contains(namespace)) {
      refusals.add(
          new Refusal(
              id,
              GuardRail.SYSTEM_NAMESPACE,
              namespace
                  + " is a system namespace: name it (--allow-namespace "
                  + namespace
                  + ") to change workloads there"));
    }
    if (state.podTemplateImmutable()) {
      refusals.add(
          new Refusal(
              id,
              GuardRail.IMMUTABLE_TEMPLATE,
              "a Job's pod template cannot be changed (only a suspended Job's, on Kubernetes 1.36"
                  + " or newer): change the CronJob or whatever creates the Job"));
    }
    if (settings.method() == ApplyMethod.IN_PLACE) {
      if (!inPlaceSupported.test(state.ref().cluster())) {
        refusals.add(
            new Refusal(
                id,
                GuardRail.IN_PLACE_UNSUPPORTED,
                "cluster "
                    + state.ref().cluster()
                    + " cannot resize pods in place (needs Kubernetes 1.33 or newer): apply with a rollout instead"));
      } else {
        refusals.addAll(InPlaceRails.check(proposed));
      }
    } else {
      restartRails(state, id, refusals);
    }
    for (ContainerChange container : proposed.change().containers()) {
      String containerId = state.ref().container(container.container()).id();
      VpaRail.check(state, container).ifPresent(refusals::add);
      memoryRail(container, containerId).ifPresent(refusals::add);
      JvmRail.check(state, container).ifPresent(refusals::add);
      hpaRail(container, containerId, state.autoscaler()).ifPresent(refusals::add);
    }
    return refusals;
  }

  private void restartRails(WorkloadState state, String id, List<Refusal> refusals) {
    if (state.replicas() < settings.minReplicas()) {
      refusals.add(
          new Refusal(
              id,
              GuardRail.MIN_REPLICAS,
              "has "
                  + state.replicas()
                  + " replica"
                  + (state.replicas() == 1 ? "" : "s")
                  + ", fewer than the minimum of "
                  + settings.minReplicas()
                  + " for a restarting rollout (lower it with --min-replicas, or resize in place)"));
    }
    for (DisruptionBudget budget : state.coveringBudgets()) {
      if (budget.disruptionsAllowed() < 1) {
        refusals.add(
            new Refusal(
                id,
                GuardRail.DISRUPTION_BUDGET,
                "PodDisruptionBudget "
                    + budget.name()
                    + " allows no disruption now: a rollout would take pods it protects"));
      }
    }
  }

  /**
   * The new memory ceiling (the limit, or the request when there is no limit) must clear the peak
   * plus margin.
   */
  private Optional<Refusal> memoryRail(ContainerChange change, String containerId) {
    Optional<Long> after = ceiling(change.after());
    if (after.isEmpty()) {
      return Optional.empty();
    }
    Optional<Double> peak =
        observed
            .of(containerId)
            .map(Observations.Observed::memoryPeakBytes)
            .filter(p -> !p.isNaN());
    if (peak.isEmpty()) {
      boolean lowered = ceiling(change.before()).map(before -> after.get() < before).orElse(true);
      return lowered
          ? Optional.of(
              new Refusal(
                  containerId,
                  GuardRail.MEMORY_PEAK,
                  "memory lowered to "
                      + Units.bytes(after.get())
                      + " with no observed peak to check it against (give the samples it was planned from)"))
          : Optional.empty();
    }
    double needed = peak.get() * (1 + settings.memoryMargin());
    if (after.get() < needed) {
      return Optional.of(
          new Refusal(
              containerId,
              GuardRail.MEMORY_PEAK,
              "memory "
                  + Units.bytes(after.get())
                  + " is below the observed peak "
                  + Units.bytes(peak.get())
                  + " plus "
                  + Units.percent(settings.memoryMargin())
                  + " ("
                  + Units.bytes(needed)
                  + ")"));
    }
    return Optional.empty();
  }

  private Optional<Refusal> hpaRail(
      ContainerChange change, String containerId, Optional<HorizontalAutoscaler> hpa) {
    OptionalDouble cpuTarget =
        hpa.map(h -> h.utilizationTarget(ContainerResources.CPU, change.container()))
            .orElse(OptionalDouble.empty());
    if (settings.allowHpa() || cpuTarget.isEmpty()) {
      return Optional.empty();
    }
    Optional<Double> before = cpuRequest(change.before());
    Optional<Double> after = cpuRequest(change.after());
    if (after.isEmpty() || (before.isPresent() && after.get() >= before.get())) {
      return Optional.empty();
    }
    double target = cpuTarget.getAsDouble();
    Optional<Double> mean =
        observed.of(containerId).map(Observations.Observed::meanCpuCores).filter(m -> !m.isNaN());
    if (mean.isEmpty()) {
      return Optional.of(
          new Refusal(
              containerId,
              GuardRail.HPA_TARGET,
              "an HPA scales it at "
                  + Units.percent(target)
                  + " CPU and there is no observed CPU to check the lower request "
                  + Units.cores(after.get())
                  + " against (--allow-hpa to apply anyway)"));
    }
    double utilization = mean.get() / after.get();
    if (utilization > target) {
      return Optional.of(
          new Refusal(
              containerId,
              GuardRail.HPA_TARGET,
              "an HPA scales it at "
                  + Units.percent(target)
                  + " CPU: mean use "
                  + Units.cores(mean.get())
                  + " over the new request "
                  + Units.cores(after.get())
                  + " is "
                  + Units.percent(utilization)
                  + ", so it would add replicas at once (--allow-hpa to apply anyway)"));
    }
    return Optional.empty();
  }

  static boolean isSystemNamespace(String namespace) {
    return namespace.startsWith("kube-") || namespace.endsWith("-system");
  }

  private static Optional<Long> ceiling(ContainerResources resources) {
    return resources
        .limit(ContainerResources.MEMORY)
        .or(() -> resources.request(ContainerResources.MEMORY))
        .map(Quantities::parseBytes);
  }

  private static Optional<Double> cpuRequest(ContainerResources resources) {
    return resources.request(ContainerResources.CPU).map(Quantities::parseCores);
  }
}
