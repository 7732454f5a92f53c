package dev.fleetscope.model;

/** How fresh what a source last reported is. */
public enum SourceState {
  /** Started, nothing reported yet. */
  CONNECTING,
  /** Reported within its refresh interval. */
  LIVE,
  /** Its last good report is too old: views keep showing it, marked stale. */
  STALE,
  /** Never reported, or its last attempt failed; the message says why. */
  FAILED
}
