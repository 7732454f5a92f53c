package dev.fleetscope.model.net;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * What a failed call means to a person, read from the exceptions the JDK and OkHttp throw: which
 * deadline passed, a refused connection, an unknown host, an answer cut off, a cancelled call.
 * Their own messages ("timeout", "unexpected end of stream") name neither the target nor the limit.
 */
public final class CallFailures {
  private static final String CANCELLED = "was cancelled before it answered";

  private CallFailures() {}

  /**
   * The failure as one sentence about {@code target}: a {@link DeadlineExceededException} when a
   * deadline passed, else an {@link IOException} whose message says what happened; either way
   * {@code e} is the cause.
   */
  public static IOException explain(IOException e, String target, Deadlines deadlines) {
    return explain(e, target, deadlines, false);
  }

  /**
   * As {@link #explain(IOException, String, Deadlines)}, for a call known to have been cancelled
   * (OkHttp's {@code Call.isCanceled()}): a cancelled read fails as "Socket closed", which says
   * nothing of why.
   */
  public static IOException explain(
      IOException e, String target, Deadlines deadlines, boolean cancelled) {
    if (e instanceof DeadlineExceededException known) {
      return known;
    }
    Optional<Deadlines.Kind> passed = deadlinePassed(e);
    if (passed.isPresent()) {
      Deadlines.Kind kind = passed.get();
      return new DeadlineExceededException(target, kind, deadlines.of(kind), e);
    }
    return new IOException(target + " " + (cancelled ? CANCELLED : phrase(e)), e);
  }

  /**
   * Which deadline a timeout shows to have passed: OkHttp's whole-call timeout is a plain {@code
   * InterruptedIOException("timeout")}, a socket's connect or read timeout a {@link
   * SocketTimeoutException} ("Connect timed out", "timeout", "Read timed out").
   */
  public static Optional<Deadlines.Kind> deadlinePassed(IOException e) {
    if (e instanceof DeadlineExceededException known) {
      return Optional.of(known.kind());
    }
    if (e instanceof SocketTimeoutException) {
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      return Optional.of(
          message.contains("connect") ? Deadlines.Kind.CONNECT : Deadlines.Kind.READ);
    }
    if (e.getClass() == InterruptedIOException.class && "timeout".equals(e.getMessage())) {
      return Optional.of(Deadlines.Kind.WHOLE_CALL);
    }
    return Optional.empty();
  }

  /** True when the failure is a cancelled call (the source was closed or the user gave up). */
  public static boolean cancelled(IOException e) {
    return "canceled".equalsIgnoreCase(e.getMessage())
        || e instanceof InterruptedIOException && "interrupted".equals(e.getMessage());
  }

  /** True when the connection closed before the answer was complete (or before it began). */
  public static boolean cutOff(IOException e) {
    return e instanceof EOFException
        || e instanceof ProtocolException
        || String.valueOf(e.getMessage()).startsWith("unexpected end of stream")
        || "Premature EOF".equals(e.getMessage());
  }

  /**
   * True when a fresh HTTP/2 connection was shut down before the request went out: OkHttp's {@code
   * ConnectionShutdownException}, or its frame writer's {@code IOException("closed")}. The server
   * never saw the request, so sending it again on a new connection is safe.
   */
  public static boolean closedBeforeSending(IOException e) {
    return e.getClass().getSimpleName().equals("ConnectionShutdownException")
        || e.getClass() == IOException.class && "closed".equals(e.getMessage());
  }

  /** The end of a sentence whose subject is the target, for failures that are no deadline. */
  static String phrase(IOException e) {
    if (cancelled(e)) {
      return CANCELLED;
    }
    if (e instanceof ConnectException) {
      return "could not be reached: connection refused (nothing listens there, or a firewall rejects it)";
    }
    if (e instanceof UnknownHostException) {
      return "is on a host that cannot be found (" + e.getMessage() + ")";
    }
    if (e instanceof NoRouteToHostException) {
      return "cannot be reached: no route to its host";
    }
    if (e instanceof SSLException) {
      return "failed the TLS handshake: " + e.getMessage();
    }
    if (cutOff(e)) {
      return "closed the connection before its answer was complete";
    }
    if (closedBeforeSending(e)) {
      return "closed the connection before the request was sent";
    }
    if (e instanceof SocketException) {
      return "broke the connection: " + e.getMessage();
    }
    return "failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }
}
