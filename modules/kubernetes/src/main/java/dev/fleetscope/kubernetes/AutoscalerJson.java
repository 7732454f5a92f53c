package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.HorizontalAutoscaler;
import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.ScalingMetric;
import dev.fleetscope.model.VerticalAutoscaler;
import dev.fleetscope.model.VerticalAutoscaler.ContainerPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * HPAs ({@code autoscaling/v2}, every metric source), VPAs ({@code autoscaling.k8s.io/v1}) and KEDA
 * ScaledObjects ({@code keda.sh/v1alpha1}) read into the model.
 */
final class AutoscalerJson {
  static final String SCALED_OBJECT = "ScaledObject";
  private static final int KEDA_DEFAULT_MAX = 100;

  private AutoscalerJson() {}

  /** The HPA, with the ScaledObject that owns it when KEDA created it. */
  static HorizontalAutoscaler hpa(JsonNode hpa) {
    int min = hpa.at("/spec/minReplicas").asInt(1);
    List<ScalingMetric> metrics = new ArrayList<>();
    for (JsonNode metric : hpa.at("/spec/metrics")) {
      metric(metric).ifPresent(metrics::add);
    }
    Optional<String> owner = Optional.empty();
    for (JsonNode ref : hpa.at("/metadata/ownerReferences")) {
      if (SCALED_OBJECT.equals(ref.path("kind").asText())) {
        owner = Optional.of(ref.path("name").asText());
      }
    }
    return new HorizontalAutoscaler(
        hpa.at("/metadata/name").asText(),
        min,
        Math.max(min, hpa.at("/spec/maxReplicas").asInt(min)),
        metrics,
        owner);
  }

  /** One {@code spec.metrics[]} entry; empty for a source this API version does not define. */
  static Optional<ScalingMetric> metric(JsonNode metric) {
    Optional<ScalingMetric.Source> source =
        ScalingMetric.Source.parse(metric.path("type").asText());
    if (source.isEmpty()) {
      return Optional.empty();
    }
    JsonNode body =
        switch (source.get()) {
          case RESOURCE -> metric.path("resource");
          case CONTAINER_RESOURCE -> metric.path("containerResource");
          case PODS -> metric.path("pods");
          case OBJECT -> metric.path("object");
          case EXTERNAL -> metric.path("external");
        };
    boolean resource =
        source.get() == ScalingMetric.Source.RESOURCE
            || source.get() == ScalingMetric.Source.CONTAINER_RESOURCE;
    String name = resource ? body.path("name").asText() : body.at("/metric/name").asText();
    JsonNode target = body.path("target");
    Optional<ScalingMetric.Target> type = ScalingMetric.Target.parse(target.path("type").asText());
    if (type.isEmpty()) {
      return Optional.empty();
    }
    double value =
        switch (type.get()) {
          case UTILIZATION -> target.path("averageUtilization").asDouble() / 100;
          case AVERAGE_VALUE -> quantity(target.path("averageValue"));
          case VALUE -> quantity(target.path("value"));
        };
    Optional<String> container =
        source.get() == ScalingMetric.Source.CONTAINER_RESOURCE
            ? Optional.of(body.path("container").asText())
            : Optional.empty();
    return Optional.of(new ScalingMetric(source.get(), name, container, type.get(), value));
  }

  /**
   * The HPA a ScaledObject stands for when its own HPA is not (yet) seen: KEDA's defaults of 0..100
   * replicas, {@code cpu} and {@code memory} triggers as resource metrics, any other trigger as an
   * external metric.
   */
  static HorizontalAutoscaler fromScaledObject(JsonNode scaledObject) {
    String name = scaledObject.at("/metadata/name").asText();
    int min = scaledObject.at("/spec/minReplicaCount").asInt(0);
    int max = Math.max(min, scaledObject.at("/spec/maxReplicaCount").asInt(KEDA_DEFAULT_MAX));
    List<ScalingMetric> metrics = new ArrayList<>();
    int index = 0;
    for (JsonNode trigger : scaledObject.at("/spec/triggers")) {
      String type = trigger.path("type").asText();
      String value = trigger.at("/metadata/value").asText("0");
      if ("cpu".equals(type) || "memory".equals(type)) {
        String metricType =
            trigger.path("metricType").asText(trigger.at("/metadata/type").asText());
        metrics.add(
            "Utilization".equals(metricType)
                ? ScalingMetric.utilization(type, Double.parseDouble(value) / 100)
                : new ScalingMetric(
                    ScalingMetric.Source.RESOURCE,
                    type,
                    Optional.empty(),
                    ScalingMetric.Target.AVERAGE_VALUE,
                    Quantities.parse(value).doubleValue()));
      } else {
        metrics.add(
            new ScalingMetric(
                ScalingMetric.Source.EXTERNAL,
                "s" + index + "-" + type,
                Optional.empty(),
                ScalingMetric.Target.AVERAGE_VALUE,
                number(trigger)));
      }
      index++;
    }
    String hpaName =
        scaledObject
            .at("/status/hpaName")
            .asText(
                scaledObject
                    .at("/spec/advanced/horizontalPodAutoscalerConfig/name")
                    .asText("keda-hpa-" + name));
    return new HorizontalAutoscaler(hpaName, min, max, metrics, Optional.of(name));
  }

  /**
   * A scaler's target as KEDA's common trigger fields spell it (value, threshold, lagThreshold).
   */
  private static double number(JsonNode trigger) {
    for (String key : List.of("value", "targetValue", "threshold", "lagThreshold", "queueLength")) {
      JsonNode value = trigger.at("/metadata/" + key);
      if (!value.isMissingNode()) {
        try {
          return Quantities.parse(value.asText()).doubleValue();
        } catch (IllegalArgumentException notANumber) {
          return 0;
        }
      }
    }
    return 0;
  }

  static VerticalAutoscaler vpa(JsonNode vpa) {
    List<ContainerPolicy> policies = new ArrayList<>();
    for (JsonNode p : vpa.at("/spec/resourcePolicy/containerPolicies")) {
      Set<String> controlled = new LinkedHashSet<>();
      p.path("controlledResources").forEach(r -> controlled.add(r.asText()));
      policies.add(
          new ContainerPolicy(
              p.path("containerName").asText(ContainerPolicy.EVERY_CONTAINER),
              "Off".equals(p.path("mode").asText()),
              NodeMapper.resources(p.path("minAllowed")),
              NodeMapper.limits(p.path("maxAllowed")),
              p.has("controlledResources") ? controlled : Set.of("cpu", "memory"),
              "RequestsOnly".equals(p.path("controlledValues").asText())));
    }
    Map<String, Resources> targets = new TreeMap<>();
    for (JsonNode rec : vpa.at("/status/recommendation/containerRecommendations")) {
      targets.put(rec.path("containerName").asText(), NodeMapper.resources(rec.path("target")));
    }
    return new VerticalAutoscaler(
        vpa.at("/metadata/name").asText(),
        mode(vpa.at("/spec/updatePolicy/updateMode").asText("")),
        policies,
        targets);
  }

  /** A mode this version does not know counts as one that changes pods: the safe reading. */
  private static VerticalAutoscaler.UpdateMode mode(String text) {
    try {
      return VerticalAutoscaler.UpdateMode.parse(text);
    } catch (IllegalArgumentException unknown) {
      return VerticalAutoscaler.UpdateMode.AUTO;
    }
  }

  private static double quantity(JsonNode node) {
    return node.isMissingNode() ? 0 : Quantities.parse(node.asText()).doubleValue();
  }
}
