package dev.fleetscope.model;

/** Long work a source is doing, for a progress bar: what it is and how far along (0..1). */
public record Progress(String task, double fraction) {
  public Progress {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("progress is a fraction from 0 to 1, was " + fraction);
    }
  }
}
