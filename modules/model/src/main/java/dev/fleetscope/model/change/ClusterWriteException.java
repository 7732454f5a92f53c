package dev.fleetscope.model.change;

/** A cluster refused or could not take a change; the message says what and where, for a person. */
public final class ClusterWriteException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Why, so that callers can tell a conflict (edited since the preview) from a refusal or an
   * outage.
   */
  public enum Reason {
    /** The workload changed since the preview; nothing was overwritten. */
    CONFLICT,
    /** Not allowed (RBAC 403, or this client is read-only). */
    FORBIDDEN,
    /** The server found the change invalid (422: a LimitRange, an admission webhook...). */
    INVALID,
    NOT_FOUND,
    /** No answer in time, or no connection. */
    UNREACHABLE,
    /** Anything else the server answered. */
    OTHER
  }

  private final Reason reason;

  public ClusterWriteException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public ClusterWriteException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
