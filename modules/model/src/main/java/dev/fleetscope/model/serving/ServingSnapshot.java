package dev.fleetscope.model.serving;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every model served in the window {@code (end - window, end]}, sorted by cluster, namespace,
 * workload and model.
 *
 * @param notes what a user should know about the whole reading: nothing found and where it was
 *     looked for, warnings the metrics source attached
 */
public record ServingSnapshot(
    Instant end, Duration window, List<ModelServing> models, List<String> notes) {

  public ServingSnapshot {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a window is positive, was " + window);
    }
    models = List.copyOf(models);
    notes = List.copyOf(notes);
  }

  public Instant start() {
    return end.minus(window);
  }

  public Optional<ModelServing> model(String id) {
    return models.stream().filter(m -> m.model().id().equals(id)).findFirst();
  }
}
