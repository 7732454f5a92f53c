package dev.fleetscope.model;

import java.util.Optional;

/**
 * One metric an HPA ({@code autoscaling/v2}) scales on, of any of its five sources.
 *
 * @param name the resource ({@code cpu}, {@code memory}) for the two resource sources, else the
 *     metric's name
 * @param container the container a {@code ContainerResource} metric reads; empty otherwise
 * @param value the target: a fraction of the request (0.7) for {@link Target#UTILIZATION}, else an
 *     amount in the metric's unit (cores, bytes, messages...)
 */
public record ScalingMetric(
    Source source, String name, Optional<String> container, Target target, double value) {

  /** {@code spec.metrics[].type}. */
  public enum Source {
    RESOURCE("Resource"),
    CONTAINER_RESOURCE("ContainerResource"),
    PODS("Pods"),
    OBJECT("Object"),
    EXTERNAL("External");

    private final String kubernetesName;

    Source(String kubernetesName) {
      this.kubernetesName = kubernetesName;
    }

    public String kubernetesName() {
      return kubernetesName;
    }

    public static Optional<Source> parse(String text) {
      for (Source source : values()) {
        if (source.kubernetesName.equals(text)) {
          return Optional.of(source);
        }
      }
      return Optional.empty();
    }
  }

  /** {@code target.type}. */
  public enum Target {
    UTILIZATION("Utilization"),
    AVERAGE_VALUE("AverageValue"),
    VALUE("Value");

    private final String kubernetesName;

    Target(String kubernetesName) {
      this.kubernetesName = kubernetesName;
    }

    public String kubernetesName() {
      return kubernetesName;
    }

    public static Optional<Target> parse(String text) {
      for (Target target : values()) {
        if (target.kubernetesName.equals(text)) {
          return Optional.of(target);
        }
      }
      return Optional.empty();
    }
  }

  public static ScalingMetric utilization(String resource, double fraction) {
    return new ScalingMetric(
        Source.RESOURCE, resource, Optional.empty(), Target.UTILIZATION, fraction);
  }

  /**
   * Whether this metric is a share of a container's request: the HPA then scales whenever the
   * request changes, so a new request changes what the target means.
   */
  public boolean utilizationOf(String resource, String ofContainer) {
    return target == Target.UTILIZATION
        && name.equals(resource)
        && (source == Source.RESOURCE
            || (source == Source.CONTAINER_RESOURCE
                && container.filter(ofContainer::equals).isPresent()));
  }

  /** {@code cpu at 70% of requests}, {@code external kafka_lag averaging 100}: for a sentence. */
  public String describe() {
    String what =
        switch (source) {
          case RESOURCE -> name;
          case CONTAINER_RESOURCE -> name + " of container " + container.orElse("?");
          case PODS -> "pods metric " + name;
          case OBJECT -> "object metric " + name;
          case EXTERNAL -> "external metric " + name;
        };
    return switch (target) {
      case UTILIZATION -> what + " at " + Units.percent(value) + " of requests";
      case AVERAGE_VALUE -> what + " averaging " + number(value) + " per pod";
      case VALUE -> what + " at " + number(value);
    };
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
