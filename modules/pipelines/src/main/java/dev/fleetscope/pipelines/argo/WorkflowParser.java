package dev.fleetscope.pipelines.argo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.model.pipeline.Trigger;
import dev.fleetscope.pipelines.JsonFields;
import dev.fleetscope.pipelines.http.SourceException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One {@code argoproj.io/v1alpha1} Workflow (from the Argo Server or the Kubernetes API) as a run:
 * the pipeline is its cron workflow or workflow template, else its generate-name; the failed steps
 * are the failed leaf nodes, leaving out attempts that a retry later made good.
 */
public final class WorkflowParser {
  static final String CRON = "workflows.argoproj.io/cron-workflow";
  static final String TEMPLATE = "workflows.argoproj.io/workflow-template";
  static final String RESUBMITTED = "workflows.argoproj.io/resubmitted-from-workflow";
  static final String SENSOR = "events.argoproj.io/sensor";
  private static final Set<String> GROUP_NODES =
      Set.of("DAG", "Steps", "StepGroup", "TaskGroup", "Retry");

  /** A parsed workflow and what incremental polling needs to know of it. */
  public record Parsed(PipelineRun run, Instant created, boolean open) {}

  private final String sourceId;
  private final String sourceName;
  private final BiFunction<String, String, Optional<URI>> links;

  /**
   * @param links the UI page of a workflow by namespace and name, where there is a UI
   */
  public WorkflowParser(
      String sourceId, String sourceName, BiFunction<String, String, Optional<URI>> links) {
    this.sourceId = sourceId;
    this.sourceName = sourceName;
    this.links = links;
  }

  public Parsed parse(JsonNode workflow) throws SourceException {
    JsonNode metadata = workflow.path("metadata");
    String name = JsonFields.required(metadata, "name", sourceName + ": a workflow's metadata");
    String namespace = JsonFields.text(metadata, "namespace").orElse("default");
    String context = sourceName + ": workflow " + namespace + "/" + name;
    JsonNode status = workflow.path("status");
    JsonNode spec = workflow.path("spec");
    String phase = status.path("phase").asText("");
    Optional<Instant> start = JsonFields.instant(status, "startedAt", context);
    Optional<Instant> end = JsonFields.instant(status, "finishedAt", context);
    RunState state =
        ArgoStates.runState(
            phase,
            start.isPresent(),
            spec.path("suspend").asBoolean(false),
            JsonFields.text(spec, "shutdown").isPresent());
    Optional<Instant> until = state.finished() ? end : Optional.empty();
    Instant created =
        JsonFields.instant(metadata, "creationTimestamp", context)
            .or(() -> start)
            .orElse(Instant.EPOCH);
    List<FailedTask> failed = state == RunState.FAILED ? failedSteps(status, name) : List.of();
    PipelineRun run =
        JsonFields.checked(
            context,
            () ->
                new PipelineRun(
                    sourceId,
                    pipeline(metadata, name),
                    namespace + "/" + name,
                    trigger(metadata.path("labels")),
                    state,
                    start,
                    until,
                    failed,
                    links.apply(namespace, name)));
    return new Parsed(run, created, ArgoStates.open(phase));
  }

  private static String pipeline(JsonNode metadata, String name) {
    JsonNode labels = metadata.path("labels");
    return JsonFields.text(labels, CRON)
        .or(() -> JsonFields.text(labels, TEMPLATE))
        .or(() -> JsonFields.text(metadata, "generateName").map(g -> g.replaceAll("[-.]+$", "")))
        .filter(p -> !p.isBlank())
        .orElse(name);
  }

  private static Trigger trigger(JsonNode labels) {
    if (labels.has(CRON)) {
      return Trigger.SCHEDULED;
    }
    if (labels.has(RESUBMITTED)) {
      return Trigger.RETRY;
    }
    return labels.has(SENSOR) ? Trigger.EVENT : Trigger.MANUAL;
  }

  private static List<FailedTask> failedSteps(JsonNode status, String workflowName) {
    JsonNode nodes = status.path("nodes");
    Set<String> madeGood = new HashSet<>();
    for (Map.Entry<String, JsonNode> node : nodes.properties()) {
      if ("Retry".equals(node.getValue().path("type").asText())
          && "Succeeded".equals(node.getValue().path("phase").asText())) {
        node.getValue().path("children").forEach(child -> madeGood.add(child.asText()));
      }
    }
    List<JsonNode> failedNodes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> node : nodes.properties()) {
      JsonNode value = node.getValue();
      if (ArgoStates.nodeFailed(value.path("phase").asText())
          && !GROUP_NODES.contains(value.path("type").asText())
          && !madeGood.contains(node.getKey())) {
        failedNodes.add(value);
      }
    }
    failedNodes.sort(
        Comparator.comparing((JsonNode n) -> n.path("finishedAt").asText())
            .thenComparing(n -> n.path("displayName").asText()));
    List<FailedTask> failed = new ArrayList<>();
    for (JsonNode node : failedNodes) {
      String step =
          JsonFields.text(node, "displayName")
              .or(() -> JsonFields.text(node, "name"))
              .orElse("step");
      failed.add(new FailedTask(step, node.path("message").asText("")));
    }
    Optional<String> message = JsonFields.text(status, "message");
    if (failed.isEmpty() && message.isPresent()) {
      failed.add(new FailedTask(workflowName, message.get()));
    }
    return failed;
  }
}
