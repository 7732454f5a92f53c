package dev.fleetscope.console.drift;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Drift view's list: every monitored model with its status, configured sources first, and how
 * far the computation has got.
 *
 * @param started whether computing has begun (it waits for the demo history to be recorded, or for
 *     the view)
 * @param problem why the configured sources could not be loaded or saved, or empty
 */
public record ModelList(List<ModelRow> rows, int computed, boolean started, String problem) {
  public static final ModelList EMPTY = new ModelList(List.of(), 0, false, "");

  public ModelList {
    rows = List.copyOf(rows);
  }

  public int total() {
    return rows.size();
  }

  public boolean complete() {
    return computed == rows.size();
  }

  public long drifting() {
    return rows.stream().filter(ModelRow::drifting).count();
  }

  /** Demo models by model name, for the markers beside the workloads that serve them. */
  public Map<String, ModelRow> demoByName() {
    return rows.stream()
        .filter(r -> r.id().startsWith("demo:"))
        .collect(Collectors.toUnmodifiableMap(ModelRow::name, Function.identity(), (a, b) -> a));
  }
}
