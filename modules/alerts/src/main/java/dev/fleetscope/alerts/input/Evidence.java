package dev.fleetscope.alerts.input;

/**
 * What an alert was computed from, for whoever acts on it: a drift alert's columns, scores and
 * windows become a retraining run's reason; a run alert's run its link.
 */
public sealed interface Evidence
    permits DriftResult,
        RunFacts,
        OomKills,
        ThrottlingReading,
        IdleGpus,
        CostVsForecast,
        SourceReport {}
