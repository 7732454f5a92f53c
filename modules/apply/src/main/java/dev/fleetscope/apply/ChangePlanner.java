package dev.fleetscope.apply;

import dev.fleetscope.apply.Refusal.GuardRail;
import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriter;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Turns recommendations into workload changes pinned to what the cluster holds now. This is the one
 * place plain numbers become Kubernetes quantities (rounded up, {@link Quantities}); a value equal
 * to the current one as a quantity keeps its current spelling, so it is not reported as a change. A
 * recommendation for {@link ContainerChange#POD} changes pod-level resources, and the containers'
 * own values with them, in proportion ({@link PodShares}).
 */
public final class ChangePlanner {
  private final ClusterWriter writer;

  public ChangePlanner(ClusterWriter writer) {
    this.writer = writer;
  }

  /**
   * @param context the kubeconfig context to apply to instead of the cluster each container id
   *     names; only for a plan that names a single cluster
   */
  public Plan plan(List<PlannedSizing> recommendations, Optional<String> context) {
    checkSingleCluster(recommendations, context);
    Map<String, List<PlannedSizing>> byWorkload =
        recommendations.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.target().workloadId(), LinkedHashMap::new, Collectors.toList()));
    List<ProposedChange> changes = new ArrayList<>();
    List<Refusal> refusals = new ArrayList<>();
    byWorkload.forEach(
        (id, recs) -> {
          ContainerTarget first = recs.getFirst().target();
          String cluster = context.orElse(first.cluster());
          try {
            Optional<WorkloadState> found = writer.find(cluster, first.namespace(), first.owner());
            if (found.isEmpty()) {
              refusals.add(
                  new Refusal(
                      id,
                      GuardRail.NOT_FOUND,
                      "no Deployment, StatefulSet, DaemonSet, Job or CronJob named "
                          + first.owner()
                          + " in namespace "
                          + first.namespace()
                          + " of cluster "
                          + cluster));
              return;
            }
            propose(found.get(), recs, refusals).ifPresent(changes::add);
          } catch (ClusterWriteException e) {
            refusals.add(new Refusal(id, GuardRail.NOT_FOUND, "cannot read it: " + e.getMessage()));
          }
        });
    return new Plan(changes, refusals);
  }

  private static Optional<ProposedChange> propose(
      WorkloadState state, List<PlannedSizing> recs, List<Refusal> refusals) {
    List<ContainerChange> containers = new ArrayList<>();
    for (PlannedSizing rec : recs) {
      String name = rec.target().container();
      Optional<ContainerResources> now = state.resources(name);
      if (now.isEmpty()) {
        refusals.add(
            new Refusal(
                rec.target().id(),
                GuardRail.NOT_FOUND,
                ContainerChange.POD.equals(name)
                    ? "workload " + state.ref() + " sets no pod-level resources"
                    : "workload "
                        + state.ref()
                        + " has no container named "
                        + name
                        + " (it has "
                        + String.join(", ", state.containers().keySet())
                        + ")"));
        return Optional.empty();
      }
      ContainerChange change = new ContainerChange(name, now.get(), target(now.get(), rec));
      if (!change.changesNothing()) {
        containers.add(change);
        if (ContainerChange.POD.equals(name)) {
          containers.addAll(PodShares.keep(state, change, recs));
        }
      }
    }
    return containers.isEmpty()
        ? Optional.empty()
        : Optional.of(new ProposedChange(new WorkloadChange(state.ref(), containers), state));
  }

  static ContainerResources target(ContainerResources now, PlannedSizing rec) {
    return now.withRequest(
            ContainerResources.CPU,
            keep(now.request(ContainerResources.CPU), Quantities.formatCores(rec.cpuRequest())))
        .withLimit(ContainerResources.CPU, cores(now.limit(ContainerResources.CPU), rec.cpuLimit()))
        .withRequest(
            ContainerResources.MEMORY,
            keep(now.request(ContainerResources.MEMORY), bytes(rec.memoryRequest())))
        .withLimit(
            ContainerResources.MEMORY,
            bytes(now.limit(ContainerResources.MEMORY), rec.memoryLimit()));
  }

  private static Optional<String> cores(Optional<String> now, OptionalDouble cores) {
    return cores.isEmpty()
        ? Optional.empty()
        : keep(now, Quantities.formatCores(cores.getAsDouble()));
  }

  private static Optional<String> bytes(Optional<String> now, OptionalDouble bytes) {
    return bytes.isEmpty() ? Optional.empty() : keep(now, bytes(bytes.getAsDouble()));
  }

  private static String bytes(double bytes) {
    return Quantities.formatBytes((long) Math.ceil(bytes));
  }

  /**
   * The current spelling when it is the same quantity, so {@code 1024Mi} is not "changed" to {@code
   * 1Gi}.
   */
  static Optional<String> keep(Optional<String> now, String proposed) {
    BigDecimal wanted = Quantities.parse(proposed);
    return Optional.of(
        now.filter(n -> Quantities.parse(n).compareTo(wanted) == 0).orElse(proposed));
  }

  private static void checkSingleCluster(
      List<PlannedSizing> recommendations, Optional<String> context) {
    List<String> clusters =
        recommendations.stream().map(r -> r.target().cluster()).distinct().sorted().toList();
    if (context.isPresent() && clusters.size() > 1) {
      throw new IllegalArgumentException(
          "the plan names clusters "
              + String.join(", ", clusters)
              + "; --context applies the plan of a single cluster");
    }
  }
}
