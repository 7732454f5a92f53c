package dev.fleetscope.model.pipeline;

/** Identifies a run across all sources. */
public record RunKey(String source, String runId) {}
