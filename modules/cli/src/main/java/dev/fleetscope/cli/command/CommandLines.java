package dev.fleetscope.cli.command;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * What every command shares: the exit code table in its {@code --help}, a {@code --debug} option,
 * and one handler that turns a failure into its {@link ExitCode} and one line on standard error
 * ({@code fleetscope recommend: ...}); the stack trace goes to the log, and to the terminal only
 * with {@code --debug}.
 */
public final class CommandLines {
  static final String DEBUG = "--debug";
  private static final String ROOT = "fleetscope";
  private static final Logger LOG = LoggerFactory.getLogger(CommandLines.class);

  private CommandLines() {}

  /**
   * Configures {@code cli} and its subcommands (add them first).
   *
   * @return {@code cli}
   */
  public static CommandLine configure(CommandLine cli) {
    describe(cli);
    cli.setExecutionExceptionHandler(CommandLines::handle);
    cli.setExitCodeExceptionMapper(e -> Failure.of(e).code());
    return cli;
  }

  private static void describe(CommandLine cli) {
    CommandSpec spec = cli.getCommandSpec();
    if (!(spec.userObject() instanceof CommandLine.HelpCommand)) {
      spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.table());
      if (spec.findOption(DEBUG) == null) {
        spec.addOption(
            OptionSpec.builder(DEBUG)
                .description("On failure, print the stack trace too (the log always has it).")
                .build());
      }
    }
    cli.getSubcommands().values().forEach(CommandLines::describe);
  }

  private static int handle(Exception e, CommandLine command, ParseResult parsed) {
    Failure failure = Failure.of(e);
    String name = name(command);
    LOG.warn("{} failed with exit code {}: {}", name, failure.code(), failure.message(), e);
    PrintWriter err = command.getErr();
    err.println(name + ": " + failure.message());
    if (debug(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return failure.code();
  }

  /** {@code fleetscope recommend}, also where a test runs the command without its parent. */
  static String name(CommandLine command) {
    String name = command.getCommandSpec().qualifiedName(" ");
    return name.startsWith(ROOT) ? name : ROOT + " " + name;
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(DEBUG)) {
        return true;
      }
    }
    return false;
  }
}
