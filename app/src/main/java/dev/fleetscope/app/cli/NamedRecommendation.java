package dev.fleetscope.app.cli;

import dev.fleetscope.engine.Recommendation;

/** A recommendation for the container a samples file calls {@code container}. */
record NamedRecommendation(String container, Recommendation recommendation) {}
