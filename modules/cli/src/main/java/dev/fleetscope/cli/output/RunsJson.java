package dev.fleetscope.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.model.pipeline.FailedTask;
import dev.fleetscope.model.pipeline.PipelineRun;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The JSON of {@code fleetscope pipelines --format json}: {@code {"runs":[{"source", "pipeline",
 * "run_id", "state", "start", "end", "duration_s", "failed_tasks":[{"task","message"}], "url"}]}};
 * times in ISO-8601 UTC, {@code null} where a run has none yet.
 */
public final class RunsJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunsJson() {}

  public static String write(List<PipelineRun> runs) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode array = root.putArray("runs");
    for (PipelineRun run : runs) {
      ObjectNode node = array.addObject();
      node.put("source", run.source());
      node.put("pipeline", run.pipeline());
      node.put("run_id", run.runId());
      node.put("state", run.state().id());
      node.put("start", run.start().map(Object::toString).orElse(null));
      node.put("end", run.end().map(Object::toString).orElse(null));
      node.put("duration_s", run.duration().map(RunsJson::seconds).orElse(null));
      ArrayNode failed = node.putArray("failed_tasks");
      for (FailedTask task : run.failedTasks()) {
        failed.addObject().put("task", task.name()).put("message", task.message());
      }
      node.put("url", run.link().map(Object::toString).orElse(null));
    }
    try {
      return JSON.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serializes", e);
    }
  }

  /** Whole seconds as an integer, fractions to the millisecond: {@code 5400}, {@code 12.5}. */
  private static BigDecimal seconds(Duration duration) {
    BigDecimal seconds = BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros();
    return seconds.scale() < 0 ? seconds.setScale(0) : seconds; // 5400, not 5.4E+3
  }
}
