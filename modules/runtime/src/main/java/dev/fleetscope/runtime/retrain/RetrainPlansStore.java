package dev.fleetscope.runtime.retrain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.alerts.rules.DurationText;
import dev.fleetscope.json.JsonProblems;
import dev.fleetscope.model.io.AtomicFiles;
import dev.fleetscope.runtime.config.AppDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code retrain.json} in the config folder: the last plan each model was retrained with, so the
 * next time starts from it.
 *
 * <pre>{@code
 * {"version": 1,
 *  "models": {"churn-lgbm": {"source": "airflow-prod", "target": "retrain_churn"},
 *             "ranker": {"source": "kfp", "target": "3f2a...", "reasonParameter": "reason",
 *                        "pipelineVersion": "9c1e...", "experiment": "e-77...", "autoCoolDown": "1d"}}}
 * }</pre>
 *
 * {@code autoCoolDown} turns automatic retraining on for that model ({@link AutoRetrain}).
 */
public final class RetrainPlansStore {
  public static final String FILE_NAME = "retrain.json";
  private static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public RetrainPlansStore(AppDirs dirs) {
    this.file = dirs.config().resolve(FILE_NAME);
  }

  public Path file() {
    return file;
  }

  /** Every saved plan by model; none when the file is absent. Blocks on file I/O. */
  public Map<String, RetrainPlan> load() throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": " + JsonProblems.explain(e).getMessage(), e);
    }
    if (root == null || !root.path("models").isObject()) {
      throw new IOException(file + ": expected {\"version\": 1, \"models\": {...}}");
    }
    if (root.path("version").asInt(VERSION) > VERSION) {
      throw new IOException(
          file + " was written by a newer Fleetscope (format version " + root.get("version") + ")");
    }
    Map<String, RetrainPlan> plans = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> model : root.get("models").properties()) {
      JsonNode plan = model.getValue();
      try {
        plans.put(
            model.getKey(),
            new RetrainPlan(
                model.getKey(),
                plan.path("source").asText(""),
                plan.path("target").asText(""),
                Optional.ofNullable(plan.get("reasonParameter")).map(JsonNode::asText),
                Optional.ofNullable(plan.get("autoCoolDown"))
                    .map(JsonNode::asText)
                    .map(DurationText::parse),
                Optional.ofNullable(plan.get("pipelineVersion")).map(JsonNode::asText),
                Optional.ofNullable(plan.get("experiment")).map(JsonNode::asText)));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": models." + model.getKey() + ": " + e.getMessage(), e);
      }
    }
    return plans;
  }

  /** Keeps {@code plan} as its model's, the other models' as they were; written atomically. */
  public void save(RetrainPlan plan) throws IOException {
    Map<String, RetrainPlan> plans = new LinkedHashMap<>(load());
    plans.put(plan.model(), plan);
    ObjectNode root = JSON.createObjectNode().put("version", VERSION);
    ObjectNode models = root.putObject("models");
    plans.forEach(
        (model, p) -> {
          ObjectNode entry =
              models.putObject(model).put("source", p.source()).put("target", p.target());
          p.reasonParameter().ifPresent(r -> entry.put("reasonParameter", r));
          p.autoCoolDown().ifPresent(d -> entry.put("autoCoolDown", DurationText.format(d)));
          p.pipelineVersion().ifPresent(v -> entry.put("pipelineVersion", v));
          p.experiment().ifPresent(e -> entry.put("experiment", e));
        });
    AtomicFiles.write(file, root.toPrettyString() + "\n");
  }
}
