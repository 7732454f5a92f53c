package dev.fleetscope.console.recommendations;

/** Where the recommending stands, for the progress bar and the line next to it. */
public record Computation(Phase phase, double progress, String message) {
  public enum Phase {
    /** Not asked yet: the view has not been opened. */
    IDLE,
    /** The sources have no usage history yet. */
    WAITING_FOR_HISTORY,
    RECOMMENDING,
    /** Recommended; judging the strategy on the days it never saw. */
    JUDGING,
    READY,
    CANCELLED,
    FAILED
  }

  public static final Computation IDLE = new Computation(Phase.IDLE, 0, "");

  /** Whether work is under way (the Cancel button shows). */
  public boolean running() {
    return phase == Phase.RECOMMENDING || phase == Phase.JUDGING;
  }
}
