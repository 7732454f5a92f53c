package dev.fleetscope.app.cli;

import dev.fleetscope.app.cost.AllocationTotals;
import dev.fleetscope.cost.opencost.AllocationQuery;

/**
 * What {@code fleetscope cost --opencost} prints: the totals, and where and how they were asked
 * for.
 */
record AllocationReport(String url, AllocationQuery query, AllocationTotals totals) {}
