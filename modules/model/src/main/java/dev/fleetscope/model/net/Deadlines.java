package dev.fleetscope.model.net;

import dev.fleetscope.model.Units;
import java.time.Duration;
import java.util.Objects;

/**
 * How long one outgoing call (an HTTP request, a credential plugin) may take, so that no source
 * keeps a person waiting without end. Every client of a remote system is given one.
 *
 * @param connect to open the connection (TCP and TLS)
 * @param read the longest silence while waiting for the answer or between two of its bytes
 * @param call the whole call, answer body included: a server that drips one byte at a time resets
 *     the read deadline but not this one. For an exec plugin, the time it may run.
 */
public record Deadlines(Duration connect, Duration read, Duration call) {
  /**
   * One API request from the console or a command: 10 s to connect, 30 s without a byte, 30 s in
   * all. A person at a terminal waits that long, not longer.
   */
  public static final Deadlines DEFAULT =
      new Deadlines(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30));

  /**
   * Answers that are long by nature and read as they stream in (a Prometheus range query over two
   * weeks of a fleet, a catalog download): 10 s to connect, 30 s without a byte, 3 min in all.
   */
  public static final Deadlines STREAMED =
      new Deadlines(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(3));

  /** Which deadline passed; each reads as the end of a sentence about the target. */
  public enum Kind {
    CONNECT("could not be connected to within %s (connect deadline)"),
    READ("sent nothing for %s (read deadline)"),
    WHOLE_CALL("did not answer within %s (whole-call deadline)"),
    /** A subprocess's whole-call deadline. */
    RUN("did not finish within %s (whole-call deadline)");

    private final String sentence;

    Kind(String sentence) {
      this.sentence = sentence;
    }

    String sentence(Duration limit) {
      return sentence.formatted(Units.duration(limit));
    }
  }

  public Deadlines {
    requirePositive(connect, "connect");
    requirePositive(read, "read");
    requirePositive(call, "call");
  }

  /**
   * Everything within {@code total}, as {@code --timeout} gives it: the whole call takes at most
   * that, and neither connecting nor one silence may take longer.
   */
  public static Deadlines within(Duration total) {
    return DEFAULT.withCall(total);
  }

  /** This whole-call deadline; connect and read are shortened to it where longer. */
  public Deadlines withCall(Duration newCall) {
    requirePositive(newCall, "call");
    return new Deadlines(min(connect, newCall), min(read, newCall), newCall);
  }

  public Deadlines withConnect(Duration newConnect) {
    return new Deadlines(newConnect, read, call);
  }

  public Deadlines withRead(Duration newRead) {
    return new Deadlines(connect, newRead, call);
  }

  /** The limit a kind of deadline sets. */
  public Duration of(Kind kind) {
    return switch (kind) {
      case CONNECT -> connect;
      case READ -> read;
      case WHOLE_CALL, RUN -> call;
    };
  }

  /** For settings pages and logs: {@code connect 10 s, read 30 s, whole call 30 s}. */
  @Override
  public String toString() {
    return "connect "
        + Units.duration(connect)
        + ", read "
        + Units.duration(read)
        + ", whole call "
        + Units.duration(call);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("the " + name + " deadline must be positive, was " + d);
    }
  }
}
