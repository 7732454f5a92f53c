package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.change.RolloutState;
import org.junit.jupiter.api.Test;

/**
 * An in-place resize judged from a pod as a 1.35 API server returns it: conditions carry the
 * generation they were observed at, and {@code status.containerStatuses[].resources} what the
 * kubelet applied.
 */
class ResizeStatusTest {
  private static JsonNode pod(long generation, long observed, String conditions, String appliedCpu)
      throws Exception {
    return KubeHttp.JSON.readTree(
        """
        {"metadata":{"name":"serving-a","generation":%d},
         "spec":{"containers":[{"name":"api","resources":{"requests":{"cpu":"500m"}}}]},
         "status":{"observedGeneration":%d,"conditions":[%s],
           "containerStatuses":[{"name":"api","resources":{"requests":{"cpu":"%s"}}}]}}"""
            .formatted(generation, observed, conditions, appliedCpu));
  }

  @Test
  void anInfeasibleVerdictOfAnEarlierGenerationDoesNotFailThisResize() throws Exception {
    String stale =
        "{\"type\":\"PodResizePending\",\"status\":\"True\",\"reason\":\"Infeasible\","
            + "\"observedGeneration\":2,\"message\":\"Node didn't have enough capacity: cpu\"}";
    assertEquals(
        new RolloutState.Progressing("pod serving-a: waiting for the kubelet to see the resize"),
        RolloutStatus.ofResize(pod(3, 3, stale, "1")));
    String current = stale.replace("\"observedGeneration\":2", "\"observedGeneration\":3");
    assertEquals(
        new RolloutState.Failed(
            "pod serving-a: resize infeasible: Node didn't have enough capacity: cpu"),
        RolloutStatus.ofResize(pod(3, 3, current, "1")));
  }

  @Test
  void aDeferredResizeIsStillUnderWay() throws Exception {
    String deferred =
        "{\"type\":\"PodResizePending\",\"status\":\"True\",\"reason\":\"Deferred\","
            + "\"observedGeneration\":3,\"message\":\"Node didn't have enough resource: memory\"}";
    assertEquals(
        new RolloutState.Progressing(
            "pod serving-a: resize deferred: Node didn't have enough resource: memory"),
        RolloutStatus.ofResize(pod(3, 3, deferred, "1")));
  }

  @Test
  void doneOnlyWhenTheKubeletRunsTheContainerWithTheSpecsResources() throws Exception {
    assertEquals(
        new RolloutState.Progressing(
            "pod serving-a: container api not yet running with its new resources"),
        RolloutStatus.ofResize(pod(3, 3, "", "1")));
    assertEquals(
        new RolloutState.Progressing("pod serving-a: waiting for the kubelet to see the resize"),
        RolloutStatus.ofResize(pod(3, 2, "", "500m")));
    assertEquals(new RolloutState.Complete(), RolloutStatus.ofResize(pod(3, 3, "", "0.5")));
  }
}
