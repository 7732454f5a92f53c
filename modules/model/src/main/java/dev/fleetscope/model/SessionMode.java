package dev.fleetscope.model;

import java.util.Locale;

/**
 * How this session of the console or command line was started, which decides what it may send out
 * of the process: changes to clusters, pipeline runs, notifications.
 */
public enum SessionMode {
  /** An engineer at a desktop: changes, triggers and notifications as configured. */
  DESKTOP,
  /** {@code --read-only}: previews everything, changes nothing. */
  READ_ONLY,
  /** {@code --wall}: a screen nobody touches, read-only like {@code --read-only}. */
  WALL;

  /** Whether nothing that changes a cluster or starts a run may leave the process. */
  public boolean readOnly() {
    return this != DESKTOP;
  }

  /** The command-line flag that selects it, for messages ({@code --read-only}). */
  public String flag() {
    return switch (this) {
      case DESKTOP -> "(no flag)";
      case READ_ONLY -> "--read-only";
      case WALL -> "--wall";
    };
  }

  /** The lower-case name used in JSON ({@code read-only}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
