package dev.fleetscope.model.poll;

import dev.fleetscope.model.SourceStatus;
import java.util.Optional;

/**
 * One source as a {@link SourcePoller} last saw it.
 *
 * @param lastAnswer its last good answer, kept while it fails (shown as stale, never blanked);
 *     empty until it first answers
 */
public record SourceReport<A>(String sourceId, Optional<A> lastAnswer, SourceStatus status) {}
