package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.engine.Recommendation;

/** A recommendation for the container a samples file calls {@code container}. */
public record NamedRecommendation(String container, Recommendation recommendation) {}
