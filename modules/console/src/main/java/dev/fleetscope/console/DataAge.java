package dev.fleetscope.console;

import java.time.Duration;

/**
 * How old a wall screen's data is, for a person across the room: fresh, then amber once a few
 * evaluations were missed, then red. Never blank: the age is always written beside the colour.
 */
public enum DataAge {
  FRESH,
  AMBER,
  RED;

  /** Missed evaluations before amber, and before red. */
  static final int AMBER_AFTER = 4;

  static final int RED_AFTER = 20;

  /**
   * @param every how often the data is renewed
   */
  public static DataAge of(Duration age, Duration every) {
    if (age.compareTo(every.multipliedBy(RED_AFTER)) >= 0) {
      return RED;
    }
    return age.compareTo(every.multipliedBy(AMBER_AFTER)) >= 0 ? AMBER : FRESH;
  }

  /** {@code 12 s ago}, {@code 4 min ago}, {@code 2 h ago}. */
  public static String ago(Duration age) {
    long s = Math.max(0, age.toSeconds());
    if (s < 60) {
      return s + " s ago";
    }
    if (s < 3600) {
      return s / 60 + " min ago";
    }
    return s / 3600 + " h ago";
  }

  /** The style class that colours text of this age ({@code base.css}); none when fresh. */
  public String styleClass() {
    return switch (this) {
      case FRESH -> "";
      case AMBER -> "stale-amber";
      case RED -> "stale-red";
    };
  }
}
