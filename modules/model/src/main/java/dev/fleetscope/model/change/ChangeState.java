package dev.fleetscope.model.change;

/**
 * Where one change of an audited run stands. The audit log keeps every state a change went through,
 * so the latest one is its state and the earlier ones its history.
 */
public enum ChangeState {
  /** Recorded with its exact previous values when the run started; not yet sent. */
  PLANNED,
  /** The intent: about to be sent. A change left in this state was interrupted mid-flight. */
  SENDING,
  /** The server accepted it; the rollout has not been seen to finish. */
  APPLIED,
  /** Accepted and rolled out: every replica runs the new values. */
  ROLLED_OUT,
  /** Refused by the server or the rollout failed; the detail says why. */
  FAILED,
  /**
   * Never reached the cluster: the run stopped or was interrupted before it, or the cluster still
   * holds before.
   */
  NOT_APPLIED,
  /**
   * Found after an interruption holding neither the previous nor the new values: someone else
   * changed it.
   */
  DRIFTED;

  /** Whether nothing more will happen to the change within its run. */
  public boolean finished() {
    return this == ROLLED_OUT || this == FAILED || this == NOT_APPLIED || this == DRIFTED;
  }

  /** Whether the cluster holds (or is rolling out) the change's new values. */
  public boolean reachedCluster() {
    return this == APPLIED || this == ROLLED_OUT;
  }
}
