package dev.fleetscope.model.change;

public enum ChangeKind {
  /** A change of a plan (or the resumption of one an interruption left unapplied). */
  APPLY,
  /** Restores the exact previous values of an earlier change. */
  ROLLBACK
}
