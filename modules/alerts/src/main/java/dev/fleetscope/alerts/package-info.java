/**
 * What needs attention, over every source: alert rules (a threshold, a duration the condition must
 * hold, a severity and a scope), evaluated by {@link dev.fleetscope.alerts.AlertEngine} over plain
 * inputs the app builds from its snapshots ({@link dev.fleetscope.alerts.input.AlertInputs}), into
 * an immutable {@link dev.fleetscope.alerts.AlertState}: alerts pending, firing (one per rule and
 * subject) and the ones that fired or resolved at that evaluation. Each alert links to the view and
 * row that explain it. The rules are kept in {@code alert-rules.json} ({@link
 * dev.fleetscope.alerts.rules.AlertRulesFile}).
 *
 * <p>Pure: no clock (every call is given its instant), no threads, no I/O but the streams the rules
 * file is read from and written to.
 */
package dev.fleetscope.alerts;
