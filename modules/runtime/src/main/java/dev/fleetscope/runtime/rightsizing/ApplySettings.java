package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.apply.ApplyOptions;
import dev.fleetscope.apply.GuardRailSettings;
import dev.fleetscope.model.change.ApplyMethod;
import java.time.Duration;
import java.util.Set;

/**
 * How the user wants the selected changes applied.
 *
 * @param batchSize workloads sent together before their rollouts are awaited
 * @param pause wait between batches, for a bad change to show itself
 * @param minReplicas fewest replicas a workload needs for a restarting rollout
 */
public record ApplySettings(ApplyMethod method, int batchSize, Duration pause, int minReplicas) {
  private static final Duration ROLLOUT_TIMEOUT = ApplyOptions.defaults().rolloutTimeout();

  /**
   * The command line's defaults: restarting rollouts, batches of 5, 30 s apart, at least 2
   * replicas.
   */
  public static final ApplySettings DEFAULT =
      new ApplySettings(
          ApplyMethod.ROLLOUT,
          ApplyOptions.defaults().batchSize(),
          ApplyOptions.defaults().pause(),
          GuardRailSettings.defaults().minReplicas());

  public ApplyOptions options() {
    return new ApplyOptions(batchSize, pause, ROLLOUT_TIMEOUT);
  }

  /** Rollbacks go one workload at a time without pausing, as {@code fleetscope rollback} does. */
  public ApplyOptions rollbackOptions() {
    return new ApplyOptions(1, Duration.ZERO, ROLLOUT_TIMEOUT);
  }

  public GuardRailSettings guardRails(boolean readOnly) {
    GuardRailSettings d = GuardRailSettings.defaults();
    return new GuardRailSettings(
        d.memoryMargin(), d.allowHpa(), Set.of(), minReplicas, readOnly, method);
  }
}
