package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.model.ContainerKind;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.Workload;
import dev.fleetscope.model.change.ContainerChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What decides how a workload may be sized, as the Recommendations and Utilization views show it: a
 * badge of a few words for a table cell and a sentence for the selected row's pane, for the
 * autoscaler that governs it, pod-level resources, where its GPUs come from, a JVM's heap, the runs
 * of a job family, native sidecars and init containers. A container's row carries what bears on
 * that container: the autoscalers and the job family of its workload, its own GPUs, JVM and kind;
 * the pod-level row ({@link ContainerChange#POD}) carries the whole pod's.
 */
public record SizingTraits(List<Badge> badges) {
  public static final SizingTraits NONE = new SizingTraits(List.of());

  /** One trait; the views colour badges by kind. */
  public enum Kind {
    VPA,
    HPA,
    KEDA,
    POD_LEVEL,
    GPU,
    JVM,
    JOB,
    SIDECAR,
    INIT
  }

  /**
   * @param text a few words for a table cell: {@code VPA InPlaceOrRecreate}, {@code HPA cpu 70%}
   * @param detail what it means for sizing, in a sentence
   */
  public record Badge(Kind kind, String text, String detail) {}

  public SizingTraits {
    badges = List.copyOf(badges);
  }

  /** The workload's traits, for its row in the Utilization tree. */
  public static SizingTraits of(Workload workload) {
    return of(workload, Optional.empty());
  }

  /** The traits that bear on one container (or on the pod, for {@link ContainerChange#POD}). */
  public static SizingTraits of(Workload workload, String container) {
    return ContainerChange.POD.equals(container)
        ? of(workload, Optional.empty())
        : of(workload, Optional.of(container));
  }

  private static SizingTraits of(Workload w, Optional<String> container) {
    List<Badge> badges = new ArrayList<>();
    w.verticalAutoscaler().ifPresent(v -> badges.add(TraitBadges.vpa(v, w, container)));
    w.autoscaler().ifPresent(h -> badges.add(TraitBadges.hpa(h)));
    if (w.podLevel() && container.isEmpty()) {
      badges.add(TraitBadges.podLevel(w.podResources().orElseThrow()));
    }
    List<ContainerSpec> mine =
        w.containers().stream().filter(c -> container.map(c.name()::equals).orElse(true)).toList();
    badges.addAll(TraitBadges.gpus(w, mine));
    mine.stream()
        .filter(c -> c.jvm().isPresent())
        .findFirst()
        .ifPresent(c -> badges.add(TraitBadges.jvm(c.name(), c.jvm().get())));
    if (w.job()) {
      badges.add(TraitBadges.job(w));
    }
    List<String> sidecars =
        mine.stream()
            .filter(c -> c.kind() == ContainerKind.SIDECAR)
            .map(ContainerSpec::name)
            .toList();
    if (!sidecars.isEmpty()) {
      badges.add(TraitBadges.sidecars(sidecars, container.isPresent()));
    }
    if (container.isEmpty() && !w.initContainers().isEmpty()) {
      badges.add(TraitBadges.init(w.initContainers().stream().map(ContainerSpec::name).toList()));
    }
    return new SizingTraits(badges);
  }

  public boolean has(Kind kind) {
    return badges.stream().anyMatch(b -> b.kind() == kind);
  }

  /** The badges' words in one line: {@code VPA Auto · JVM -Xmx 3.00 GiB}; empty when none. */
  public String text() {
    return badges.stream().map(Badge::text).collect(Collectors.joining(" · "));
  }

  /** A sentence per badge, for the selected row's pane. */
  public List<String> details() {
    return badges.stream().map(Badge::detail).toList();
  }
}
