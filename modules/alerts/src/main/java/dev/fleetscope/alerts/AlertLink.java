package dev.fleetscope.alerts;

/**
 * Where the console shows what explains an alert: a view and the row to select in it.
 *
 * @param view a console view id ({@link #DRIFT}, {@link #PIPELINES}, ...)
 * @param row the row's key in that view: a model name, a run as {@code source/runId}, a container
 *     as {@code cluster/namespace/workload/container}, a workload as {@code
 *     cluster/namespace/workload}, a cost subject, a source id
 */
public record AlertLink(String view, String row) {
  public static final String UTILIZATION = "utilization";
  public static final String PIPELINES = "pipelines";
  public static final String DRIFT = "drift";
  public static final String COST = "cost";
  public static final String CONNECTIONS = "connections";

  public AlertLink {
    if (view == null || view.isBlank() || row == null) {
      throw new IllegalArgumentException("a link names a view and a row");
    }
  }
}
