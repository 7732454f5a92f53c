package dev.fleetscope.model;

import java.time.Instant;
import java.util.Optional;

/**
 * The health of one source as views show it.
 *
 * @param lastSuccess when it last reported; views print it beside stale tiles
 * @param message the last error, named for a person ("connection refused: http://prom:9090"), when
 *     there is one
 * @param progress long work under way, when there is some
 */
public record SourceStatus(
    String sourceId,
    String displayName,
    SourceState state,
    Optional<Instant> lastSuccess,
    Optional<String> message,
    Optional<Progress> progress) {

  public static SourceStatus connecting(String sourceId, String displayName) {
    return new SourceStatus(
        sourceId,
        displayName,
        SourceState.CONNECTING,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public boolean live() {
    return state == SourceState.LIVE;
  }
}
