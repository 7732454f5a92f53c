package dev.fleetscope.prometheus;

import dev.fleetscope.model.ContainerRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the answer of {@link UsageQueries#oomKills} (kills per step, per pod container) into the
 * instants of each workload container's kills, to step resolution: a kill within the step ending at
 * {@code t} is dated {@code t - step}. A step answered twice (a retried range) counts once.
 */
final class OomCollector implements SeriesHandler {
  private final OwnerIndex owners;
  private final long stepMillis;
  private final Map<ContainerRef, Map<String, TreeMap<Instant, Integer>>> kills = new HashMap<>();

  OomCollector(OwnerIndex owners, Duration step) {
    this.owners = owners;
    this.stepMillis = step.toMillis();
  }

  @Override
  public void accept(Map<String, String> labels, Samples samples) {
    owners
        .container(labels)
        .ifPresent(
            ref -> {
              TreeMap<Instant, Integer> perStep =
                  kills
                      .computeIfAbsent(ref, r -> new HashMap<>())
                      .computeIfAbsent(labels.getOrDefault("pod", ""), p -> new TreeMap<>());
              for (int i = 0; i < samples.size(); i++) {
                perStep.put(
                    Instant.ofEpochMilli(samples.timeMillis(i) - stepMillis),
                    (int) Math.max(1, Math.round(samples.value(i))));
              }
            });
  }

  /** The kills of one workload container's pods, oldest first, one instant per kill. */
  List<Instant> kills(ContainerRef ref) {
    List<Instant> out = new ArrayList<>();
    kills
        .getOrDefault(ref, Map.of())
        .values()
        .forEach(
            perStep ->
                perStep.forEach(
                    (at, count) -> {
                      for (int k = 0; k < count; k++) {
                        out.add(at);
                      }
                    }));
    out.sort(null);
    return out;
  }

  Set<ContainerRef> containers() {
    return kills.keySet();
  }
}
