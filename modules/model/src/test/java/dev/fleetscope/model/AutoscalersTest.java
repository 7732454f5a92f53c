package dev.fleetscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.ScalingMetric.Source;
import dev.fleetscope.model.ScalingMetric.Target;
import dev.fleetscope.model.VerticalAutoscaler.ContainerPolicy;
import dev.fleetscope.model.VerticalAutoscaler.UpdateMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutoscalersTest {
  @Test
  void aVpaManagesEveryContainerUnlessItsModeOrTheContainersPolicyIsOff() {
    ContainerPolicy proxyOff =
        new ContainerPolicy(
            "istio-proxy",
            true,
            Resources.NONE,
            Resources.UNBOUNDED,
            Set.of("cpu", "memory"),
            false);
    VerticalAutoscaler auto =
        new VerticalAutoscaler(
            "serving", UpdateMode.parse("InPlaceOrRecreate"), List.of(proxyOff), Map.of());
    assertTrue(auto.manages("api"));
    assertFalse(auto.manages("istio-proxy"));
    assertEquals("VPA serving (InPlaceOrRecreate)", auto.describe());
    VerticalAutoscaler off = new VerticalAutoscaler("serving", UpdateMode.OFF, List.of(), Map.of());
    assertFalse(off.manages("api"));
    assertEquals(UpdateMode.AUTO, UpdateMode.parse(""));
  }

  @Test
  void theUtilizationThatBindsARequestIsTheContainersOwnMetricElseThePods() {
    HorizontalAutoscaler hpa =
        new HorizontalAutoscaler(
            "web",
            2,
            10,
            List.of(
                ScalingMetric.utilization("cpu", 0.8),
                new ScalingMetric(
                    Source.CONTAINER_RESOURCE, "cpu", Optional.of("api"), Target.UTILIZATION, 0.6),
                new ScalingMetric(
                    Source.RESOURCE, "memory", Optional.empty(), Target.AVERAGE_VALUE, 1e9),
                new ScalingMetric(
                    Source.EXTERNAL, "queue_depth", Optional.empty(), Target.AVERAGE_VALUE, 30)),
            Optional.empty());
    assertEquals(OptionalDouble.of(0.6), hpa.utilizationTarget("cpu", "api"));
    assertEquals(OptionalDouble.of(0.8), hpa.utilizationTarget("cpu", "sidecar"));
    assertEquals(OptionalDouble.empty(), hpa.utilizationTarget("memory", "api"));
    assertEquals(2, hpa.otherMetrics("api").size());
    assertEquals(OptionalDouble.of(0.8), hpa.targetCpuUtilization());
  }

  @Test
  void aKedaOwnedHpaSaysSo() {
    HorizontalAutoscaler keda =
        new HorizontalAutoscaler(
            "keda-hpa-worker",
            0,
            20,
            List.of(
                new ScalingMetric(
                    Source.EXTERNAL,
                    "s0-kafka-orders",
                    Optional.empty(),
                    Target.AVERAGE_VALUE,
                    50)),
            Optional.of("worker"));
    assertEquals(
        "KEDA ScaledObject worker (HPA keda-hpa-worker, 0..20 replicas: external metric s0-kafka-orders averaging 50 per pod)",
        keda.describe());
  }
}
