package dev.fleetscope.model.pipeline;

/**
 * The states every orchestrator's run states map to; each source maps all of its states, none
 * dropped.
 */
public enum RunState {
  /** Waiting to start: scheduled, queued, pending. */
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  /** Not executed on purpose (cached, skipped by a branch). */
  SKIPPED,
  /** Stopped by a person or being stopped. */
  CANCELED,
  /** Suspended; can be resumed. */
  PAUSED,
  /** The source reported no state or one it does not document. */
  UNKNOWN;

  /** Whether the run can no longer change state. */
  public boolean finished() {
    return this == SUCCEEDED || this == FAILED || this == SKIPPED || this == CANCELED;
  }

  /** The lower-case name used in JSON and on the command line ({@code failed}). */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The state named {@code id} ({@code failed}, {@code RUNNING}); throws naming the known states
   * otherwise.
   */
  public static RunState ofId(String id) {
    for (RunState state : values()) {
      if (state.name().equalsIgnoreCase(id.strip())) {
        return state;
      }
    }
    throw new IllegalArgumentException(
        "unknown run state '" + id + "'; expected one of " + java.util.Arrays.toString(ids()));
  }

  private static String[] ids() {
    return java.util.Arrays.stream(values()).map(RunState::id).toArray(String[]::new);
  }
}
