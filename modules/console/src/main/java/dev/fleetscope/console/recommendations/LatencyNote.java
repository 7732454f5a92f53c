package dev.fleetscope.console.recommendations;

import dev.fleetscope.runtime.serving.LatencyUnderLoad;
import java.util.Optional;

/**
 * Beside a serving container's replay: how its model's latency behaved when its CPU ran near the
 * recommended request, or why that could not be read.
 *
 * @param rowId the recommendation row it is of
 * @param problem why there is no check (a serving source that failed); empty when there is one
 */
public record LatencyNote(String rowId, Optional<LatencyUnderLoad> check, String problem) {}
