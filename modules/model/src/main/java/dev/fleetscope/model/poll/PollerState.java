package dev.fleetscope.model.poll;

import dev.fleetscope.model.SourceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything a {@link SourcePoller} knows at one instant: each source's last good answer and its
 * status, in the order the sources were added. Immutable, so it can be handed to any thread.
 */
public record PollerState<A>(Instant at, List<SourceReport<A>> reports) {
  public PollerState {
    reports = List.copyOf(reports);
  }

  public static <A> PollerState<A> empty() {
    return new PollerState<>(Instant.EPOCH, List.of());
  }

  /** The last good answer of every source that has answered. */
  public List<A> answers() {
    return reports.stream().flatMap(r -> r.lastAnswer().stream()).toList();
  }

  public List<SourceStatus> statuses() {
    return reports.stream().map(SourceReport::status).toList();
  }

  public Optional<SourceReport<A>> report(String sourceId) {
    return reports.stream().filter(r -> r.sourceId().equals(sourceId)).findFirst();
  }
}
