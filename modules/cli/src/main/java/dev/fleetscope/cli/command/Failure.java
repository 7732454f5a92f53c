package dev.fleetscope.cli.command;

import dev.fleetscope.cost.billing.FocusImportException;
import dev.fleetscope.drift.source.DriftInputException;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.prometheus.Problem;
import dev.fleetscope.prometheus.PrometheusException;
import dev.fleetscope.runtime.NothingToWorkOnException;
import dev.fleetscope.runtime.connections.MissingSecretException;
import dev.fleetscope.runtime.rightsizing.SampleFileException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import javax.net.ssl.SSLException;
import picocli.CommandLine.ParameterException;

/**
 * What a command's failure means for its caller: the {@link ExitCode} and one line that says what
 * was wrong and where, never a stack trace (the log, or {@code --debug}, has it).
 *
 * <p>Bad input is whatever the user can fix in what they gave: the modules' input exceptions (which
 * name file, line and column) and {@link IllegalArgumentException}, which the modules and the
 * runtime throw for a wrong option or value. A source failed when a call did: the modules' call
 * exceptions, or any I/O failure caused by the network. Anything else is a failure of the work.
 */
record Failure(int code, String message) {
  static Failure of(Throwable thrown) {
    Throwable e = thrown instanceof UncheckedIOException u ? u.getCause() : thrown;
    return switch (e) {
      case ParameterException p -> new Failure(ExitCode.BAD_INPUT, p.getMessage());
      case NothingToWorkOnException n -> new Failure(ExitCode.NOTHING_TO_WORK_ON, n.getMessage());
      case PrometheusException p when p.problem() == Problem.BAD_DATA ->
          new Failure(ExitCode.BAD_INPUT, p.getMessage());
      case FileSystemException f -> new Failure(ExitCode.BAD_INPUT, file(f));
      case FocusImportException f -> new Failure(ExitCode.BAD_INPUT, f.getMessage());
      case DriftInputException d -> new Failure(ExitCode.BAD_INPUT, d.getMessage());
      case SampleFileException s -> new Failure(ExitCode.BAD_INPUT, s.getMessage());
      case MissingSecretException m -> new Failure(ExitCode.BAD_INPUT, m.getMessage());
      case IllegalArgumentException i -> new Failure(ExitCode.BAD_INPUT, text(i));
      case ClusterWriteException c ->
          new Failure(
              switch (c.reason()) {
                case UNREACHABLE, FORBIDDEN -> ExitCode.SOURCE_FAILED;
                default -> ExitCode.FAILED;
              },
              c.getMessage());
      case IOException io when fromTheNetwork(io) -> new Failure(ExitCode.SOURCE_FAILED, text(io));
      default ->
          new Failure(
              ExitCode.FAILED,
              "unexpected "
                  + e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage())
                  + " (run again with --debug for the details)");
    };
  }

  /**
   * The modules' call exceptions (Prometheus, pipelines, cost, deadlines, unreadable answers all
   * extend {@link IOException} and carry the network failure as their cause), or a socket's own.
   */
  private static boolean fromTheNetwork(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InterruptedIOException
          || t instanceof SocketException
          || t instanceof UnknownHostException
          || t instanceof SSLException
          || t.getClass().getPackageName().startsWith("dev.fleetscope.")) {
        return true;
      }
    }
    return false;
  }

  private static String file(FileSystemException f) {
    String why =
        switch (f) {
          case NoSuchFileException n -> "no such file or folder";
          case AccessDeniedException a -> "permission denied";
          default -> f.getReason() == null ? "cannot be used" : f.getReason();
        };
    return f.getFile() + ": " + why;
  }

  private static String text(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
