package dev.fleetscope.runtime.cost;

/**
 * One slice of a breakdown, in the breakdown's currency and period.
 *
 * @param share of the breakdown's total, 0..1
 * @param idle node capacity no workload requested or used: shown as its own slice, never spread
 *     over the others
 * @param detail what the slice is made of, for the table (parts, rows, clusters)
 */
public record BreakdownRow(String key, double amount, double share, boolean idle, String detail) {}
