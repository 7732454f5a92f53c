package dev.fleetscope.apply;

import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.WorkloadState;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Keeps the containers' shares when pod-level resources change: a container that sets its own CPU
 * or memory request or limit gets it scaled by the ratio the pod's changed by, so each keeps its
 * share of the pod (and stays within it). Containers the plan names itself are left to the plan.
 */
final class PodShares {
  private PodShares() {}

  static List<ContainerChange> keep(
      WorkloadState state, ContainerChange pod, List<PlannedSizing> recs) {
    List<ContainerChange> shares = new ArrayList<>();
    state
        .containers()
        .forEach(
            (name, now) -> {
              if (recs.stream().anyMatch(r -> r.target().container().equals(name))) {
                return;
              }
              ContainerResources after = now;
              for (String resource : List.of(ContainerResources.CPU, ContainerResources.MEMORY)) {
                after =
                    scaled(
                        after, resource, ratio(pod, resource, ContainerResources::request), true);
                after =
                    scaled(after, resource, ratio(pod, resource, ContainerResources::limit), false);
              }
              ContainerChange change = new ContainerChange(name, now, after);
              if (!change.changesNothing()) {
                shares.add(change);
              }
            });
    return shares;
  }

  private static Optional<BigDecimal> ratio(
      ContainerChange pod,
      String resource,
      BiFunction<ContainerResources, String, Optional<String>> value) {
    Optional<BigDecimal> before = value.apply(pod.before(), resource).map(Quantities::parse);
    Optional<BigDecimal> after = value.apply(pod.after(), resource).map(Quantities::parse);
    return before.isEmpty() || after.isEmpty() || before.get().signum() == 0
        ? Optional.empty()
        : Optional.of(after.get().divide(before.get(), MathContext.DECIMAL64));
  }

  private static ContainerResources scaled(
      ContainerResources now, String resource, Optional<BigDecimal> ratio, boolean request) {
    Optional<String> value = request ? now.request(resource) : now.limit(resource);
    if (ratio.isEmpty() || value.isEmpty()) {
      return now;
    }
    BigDecimal amount = Quantities.parse(value.get()).multiply(ratio.get());
    String quantity =
        ContainerResources.CPU.equals(resource)
            ? Quantities.formatCores(amount.doubleValue())
            : Quantities.formatBytes((long) Math.ceil(amount.doubleValue()));
    Optional<String> kept = ChangePlanner.keep(value, quantity);
    return request ? now.withRequest(resource, kept) : now.withLimit(resource, kept);
  }
}
