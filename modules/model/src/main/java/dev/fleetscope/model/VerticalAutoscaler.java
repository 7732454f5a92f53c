package dev.fleetscope.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A VerticalPodAutoscaler ({@code autoscaling.k8s.io/v1}) aimed at a workload: its update mode, its
 * per-container resource policy, and the targets it recommends now.
 *
 * @param policies {@code spec.resourcePolicy.containerPolicies}, a {@code *} policy applying to
 *     containers without one of their own
 * @param targets {@code status.recommendation.containerRecommendations[].target} by container
 */
public record VerticalAutoscaler(
    String name, UpdateMode mode, List<ContainerPolicy> policies, Map<String, Resources> targets) {

  public VerticalAutoscaler {
    policies = List.copyOf(policies);
    targets = Map.copyOf(targets);
  }

  /** {@code spec.updatePolicy.updateMode}; {@code Auto} when unset, as the VPA defaults it. */
  public enum UpdateMode {
    OFF("Off"),
    INITIAL("Initial"),
    RECREATE("Recreate"),
    IN_PLACE_OR_RECREATE("InPlaceOrRecreate"),
    AUTO("Auto");

    private final String kubernetesName;

    UpdateMode(String kubernetesName) {
      this.kubernetesName = kubernetesName;
    }

    /** The mode as the VPA's spec spells it. */
    public String kubernetesName() {
      return kubernetesName;
    }

    public static UpdateMode parse(String text) {
      if (text == null || text.isEmpty()) {
        return AUTO;
      }
      for (UpdateMode mode : values()) {
        if (mode.kubernetesName.equalsIgnoreCase(text)) {
          return mode;
        }
      }
      throw new IllegalArgumentException(
          "not a VPA update mode (Off, Initial, Recreate, InPlaceOrRecreate, Auto): " + text);
    }
  }

  /**
   * One container's policy: whether the VPA leaves it alone ({@code mode: Off}), the bounds of what
   * it may set, which resources it controls, and whether it scales limits with requests.
   *
   * @param container a container name, or {@code *} for every container without its own policy
   * @param minAllowed unset resources are 0
   * @param maxAllowed unset resources are unbounded ({@link Resources#UNBOUNDED})
   * @param controlledResources {@code cpu}, {@code memory}; both when unset
   * @param requestsOnly {@code controlledValues: RequestsOnly}: limits are left as they are
   */
  public record ContainerPolicy(
      String container,
      boolean off,
      Resources minAllowed,
      Resources maxAllowed,
      Set<String> controlledResources,
      boolean requestsOnly) {
    public static final String EVERY_CONTAINER = "*";
    public static final ContainerPolicy DEFAULT =
        new ContainerPolicy(
            EVERY_CONTAINER,
            false,
            Resources.NONE,
            Resources.UNBOUNDED,
            Set.of("cpu", "memory"),
            false);

    public ContainerPolicy {
      controlledResources = Set.copyOf(controlledResources);
    }
  }

  /** The policy that applies to a container: its own, else the {@code *} one, else the default. */
  public ContainerPolicy policy(String container) {
    return policies.stream()
        .filter(p -> p.container().equals(container))
        .findFirst()
        .or(
            () ->
                policies.stream()
                    .filter(p -> p.container().equals(ContainerPolicy.EVERY_CONTAINER))
                    .findFirst())
        .orElse(ContainerPolicy.DEFAULT);
  }

  /**
   * Whether the VPA sets this container's resources (at admission or by evicting or resizing its
   * pods): its mode is not Off, the container's policy is not Off, and it controls a resource.
   */
  public boolean manages(String container) {
    ContainerPolicy policy = policy(container);
    return mode != UpdateMode.OFF && !policy.off() && !policy.controlledResources().isEmpty();
  }

  /** {@code VPA serving (InPlaceOrRecreate)}: how a person recognises it. */
  public String describe() {
    return "VPA " + name + " (" + mode.kubernetesName() + ")";
  }

  /** {@code cpu and memory}: what it controls of a container, for a sentence. */
  public String controls(String container) {
    return String.join(
        " and ",
        policy(container).controlledResources().stream()
            .sorted()
            .map(r -> r.toLowerCase(Locale.ROOT))
            .toList());
  }
}
