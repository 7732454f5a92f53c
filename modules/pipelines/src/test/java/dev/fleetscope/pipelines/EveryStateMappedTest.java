package dev.fleetscope.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.pipelines.airflow.AirflowStates;
import dev.fleetscope.pipelines.kubeflow.KubeflowStates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every run state the saved specs enumerate maps to one of ours: none falls through to UNKNOWN
 * unnoticed.
 */
class EveryStateMappedTest {
  private static List<String> enumOf(String spec, String... path) throws Exception {
    ObjectMapper mapper =
        spec.endsWith(".yaml") ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
    JsonNode node = mapper.readTree(Responses.resource("/specs/" + spec));
    for (String step : path) {
      node = node.path(step);
    }
    List<String> values = new ArrayList<>();
    node.path("enum").forEach(v -> values.add(v.asText()));
    assertFalse(values.isEmpty(), spec + " enumerates states at " + String.join(".", path));
    return values;
  }

  @Test
  void airflow2DagStates() throws Exception {
    Map<String, RunState> mapped = new TreeMap<>();
    enumOf("airflow2-stable-rest-api-v1.openapi.yaml", "components", "schemas", "DagState")
        .forEach(s -> mapped.put(s, AirflowStates.runState(s)));
    assertEquals(
        Map.of(
            "queued",
            RunState.QUEUED,
            "running",
            RunState.RUNNING,
            "success",
            RunState.SUCCEEDED,
            "failed",
            RunState.FAILED),
        mapped);
  }

  @Test
  void airflow3DagRunStates() throws Exception {
    Map<String, RunState> mapped = new TreeMap<>();
    enumOf("airflow3-rest-api-v2.openapi.yaml", "components", "schemas", "DagRunState")
        .forEach(s -> mapped.put(s, AirflowStates.runState(s)));
    assertEquals(
        Map.of(
            "queued",
            RunState.QUEUED,
            "running",
            RunState.RUNNING,
            "success",
            RunState.SUCCEEDED,
            "failed",
            RunState.FAILED),
        mapped);
  }

  @Test
  void airflowRunTypesOfBothVersionsAreKnownTriggers() throws Exception {
    List<String> types =
        new ArrayList<>(
            enumOf("airflow3-rest-api-v2.openapi.yaml", "components", "schemas", "DagRunType"));
    types.addAll(
        enumOf(
            "airflow2-stable-rest-api-v1.openapi.yaml",
            "components",
            "schemas",
            "DAGRun",
            "properties",
            "run_type"));
    types.forEach(
        t ->
            assertFalse(
                AirflowStates.trigger(t) == dev.fleetscope.model.pipeline.Trigger.UNKNOWN, t));
  }

  @Test
  void kubeflowRuntimeStates() throws Exception {
    Map<String, RunState> mapped = new TreeMap<>();
    enumOf("kubeflow-pipelines-v2beta1-run.swagger.json", "definitions", "v2beta1RuntimeState")
        .forEach(s -> mapped.put(s, KubeflowStates.runState(s)));
    assertEquals(
        Map.of(
            "RUNTIME_STATE_UNSPECIFIED",
            RunState.UNKNOWN,
            "PENDING",
            RunState.QUEUED,
            "RUNNING",
            RunState.RUNNING,
            "SUCCEEDED",
            RunState.SUCCEEDED,
            "SKIPPED",
            RunState.SKIPPED,
            "FAILED",
            RunState.FAILED,
            "CANCELING",
            RunState.CANCELED,
            "CANCELED",
            RunState.CANCELED,
            "PAUSED",
            RunState.PAUSED),
        mapped);
  }
}
