package dev.fleetscope.apply;

import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.change.ContainerResources;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A pod's quality-of-service class, computed from all its containers (init containers included) the
 * way the kubelet computes it for CPU and memory. An in-place resize that would change it is
 * refused by the API server, so it is refused here first.
 */
enum QosClass {
  GUARANTEED("Guaranteed"),
  BURSTABLE("Burstable"),
  BEST_EFFORT("BestEffort");

  private static final List<String> RESOURCES =
      List.of(ContainerResources.CPU, ContainerResources.MEMORY);

  private final String kubernetesName;

  QosClass(String kubernetesName) {
    this.kubernetesName = kubernetesName;
  }

  String kubernetesName() {
    return kubernetesName;
  }

  /**
   * BestEffort when no container sets a CPU or memory request or limit; Guaranteed when every
   * container limits both and requests what it limits (an unset request is the limit); else
   * Burstable.
   */
  static QosClass of(Collection<ContainerResources> containers) {
    boolean any = false;
    boolean guaranteed = true;
    for (ContainerResources c : containers) {
      for (String resource : RESOURCES) {
        Optional<String> request = c.request(resource);
        Optional<String> limit = c.limit(resource);
        any |= request.isPresent() || limit.isPresent();
        guaranteed &=
            limit.isPresent()
                && request
                    .map(r -> Quantities.parse(r).compareTo(Quantities.parse(limit.get())) == 0)
                    .orElse(true);
      }
    }
    return !any ? BEST_EFFORT : guaranteed ? GUARANTEED : BURSTABLE;
  }
}
