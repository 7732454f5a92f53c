package dev.fleetscope.runtime.cost;

/**
 * The last thing the Cost view did with its sources (an import, a refresh), for its status line.
 *
 * @param progress 0..1, or -1 while the work cannot tell how far it is
 */
public record CostActivity(Kind kind, String message, double progress) {
  public enum Kind {
    NONE,
    WORKING,
    DONE,
    FAILED
  }

  public static final CostActivity NONE = new CostActivity(Kind.NONE, "", 0);

  public static CostActivity working(String message) {
    return new CostActivity(Kind.WORKING, message, -1);
  }

  static CostActivity done(String message) {
    return new CostActivity(Kind.DONE, message, 1);
  }

  public static CostActivity failed(String message) {
    return new CostActivity(Kind.FAILED, message, 0);
  }
}
