package dev.fleetscope.cli.command;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes every command shares, documented once: in each command's {@code --help} (see
 * {@link CommandLines#configure}), the README and docs/reliability.md. A script can tell a mistake
 * it can fix (2) from a source that is down (3) and from a source that holds nothing to work on
 * (4).
 */
public final class ExitCode {
  /** Done; an empty result says on standard error why it is empty. */
  public static final int OK = 0;

  /**
   * The work failed: a change was refused or failed on its cluster, a file could not be written.
   */
  public static final int FAILED = 1;

  /** An option, a file or a kubeconfig is wrong; the message names which and where. */
  public static final int BAD_INPUT = 2;

  /**
   * A source could not be read: unreachable, refused the connection or the credentials, passed its
   * deadline, answered an error status or something that is not its API's answer.
   */
  public static final int SOURCE_FAILED = 3;

  /**
   * The source answered but holds nothing to work on for what was asked (no usage series in the
   * window, usage without kube-state-metrics facts at its end); the message says what was looked at
   * and what was missing.
   */
  public static final int NOTHING_TO_WORK_ON = 4;

  /** Stopped by Ctrl+C (SIGINT): the calls in flight were cancelled. */
  public static final int INTERRUPTED = 130;

  private ExitCode() {}

  /** The table as {@code --help} shows it: code, then meaning. */
  static Map<String, String> table() {
    Map<String, String> table = new LinkedHashMap<>();
    table.put(Integer.toString(OK), "done (an empty result says why on standard error)");
    table.put(
        Integer.toString(FAILED),
        "failed: a change refused or failed on its cluster, a file not written, an unexpected error");
    table.put(
        Integer.toString(BAD_INPUT),
        "usage or bad input: an option, a file or a kubeconfig is wrong (named with line and column)");
    table.put(
        Integer.toString(SOURCE_FAILED),
        "a source could not be read: unreachable, refused, past its deadline, an error status or an"
            + " answer its API does not define");
    table.put(
        Integer.toString(NOTHING_TO_WORK_ON),
        "the source answered but holds nothing to work on (the message says what was missing)");
    table.put(
        Integer.toString(INTERRUPTED), "interrupted (Ctrl+C); calls in flight were cancelled");
    return table;
  }
}
