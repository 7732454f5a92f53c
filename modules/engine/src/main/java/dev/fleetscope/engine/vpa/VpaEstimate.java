package dev.fleetscope.engine.vpa;

/**
 * The VPA recommender's three estimates for a container, in its own units: CPU in millicores,
 * memory in bytes.
 *
 * @param confidenceDays the history the bounds were widened for (see {@link
 *     AggregateState#confidenceDays()})
 */
public record VpaEstimate(
    long targetMillicores,
    long targetBytes,
    long lowerMillicores,
    long lowerBytes,
    long upperMillicores,
    long upperBytes,
    double confidenceDays) {}
