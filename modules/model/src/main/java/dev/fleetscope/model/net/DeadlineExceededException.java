package dev.fleetscope.model.net;

import java.io.InterruptedIOException;
import java.time.Duration;

/**
 * A call passed one of its {@link Deadlines}: the message names the target (a URL or a command),
 * the deadline and its limit, e.g. {@code http://127.0.0.1:9090/api/v1/query_range did not answer
 * within 30 s (whole-call deadline)}.
 */
public final class DeadlineExceededException extends InterruptedIOException {
  private final String target;
  private final Deadlines.Kind kind;
  private final Duration limit;

  public DeadlineExceededException(
      String target, Deadlines.Kind kind, Duration limit, Throwable cause) {
    super(target + " " + kind.sentence(limit));
    this.target = target;
    this.kind = kind;
    this.limit = limit;
    initCause(cause);
  }

  /** The URL or command that did not answer in time. */
  public String target() {
    return target;
  }

  public Deadlines.Kind kind() {
    return kind;
  }

  public Duration limit() {
    return limit;
  }
}
