package dev.fleetscope.prometheus;

import java.util.List;

/** The answers of the {@link InventoryQueries} at one instant, row by row. */
record InventoryRows(
    List<Row> podOwners,
    List<Row> podPhases,
    List<Row> podNodes,
    List<Row> podLabels,
    List<Row> requests,
    List<Row> limits,
    List<Row> restarts,
    List<Row> terminations,
    List<Row> replicas,
    List<Row> autoscalers,
    List<Row> nodeResources,
    List<Row> nodeInfo) {}
