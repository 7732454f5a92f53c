/**
 * Model drift as Evidently reports it, computed in Java with SciPy 1.10's numbers.
 *
 * <p>Inputs are two windows of the same columns: {@link dev.fleetscope.drift.Dataset}s of {@link
 * dev.fleetscope.drift.NumericalColumn} (primitive arrays, NaN = missing) and {@link
 * dev.fleetscope.drift.CategoricalColumn} (counts per label), built in memory or read from files by
 * {@link dev.fleetscope.drift.source.DuckDbSource}. {@link
 * dev.fleetscope.drift.DriftAnalyzer#analyze} returns a {@link dev.fleetscope.drift.DriftReport}:
 * per column a {@link dev.fleetscope.drift.ColumnResult} (test, score, threshold, verdict, and both
 * windows' {@link dev.fleetscope.drift.Distribution} for drawing) plus the drifted share of
 * columns. {@link dev.fleetscope.drift.HistogramDrift} compares two windows of a Prometheus
 * histogram's bucket counts. Everything is immutable and free of UI and I/O apart from the {@code
 * source} package; analysis of a large window takes about a second, so callers run it off the UI
 * thread.
 *
 * <p>The statistics in {@code stats} port SciPy's algorithms (ks_2samp, kstwo, Cephes igamc and
 * ndtr, wasserstein_distance, jensenshannon); see the module's NOTICE.
 */
package dev.fleetscope.drift;
