package dev.fleetscope.cli.output;

import dev.fleetscope.cost.opencost.AllocationQuery;
import dev.fleetscope.cost.opencost.AllocationTotals;

/**
 * What {@code fleetscope cost --opencost} prints: the totals, and where and how they were asked
 * for.
 */
public record AllocationReport(String url, AllocationQuery query, AllocationTotals totals) {}
