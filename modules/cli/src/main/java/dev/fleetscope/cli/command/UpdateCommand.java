package dev.fleetscope.cli.command;

import dev.fleetscope.cli.output.UpdateTable;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.updates.DailyUpdateCheck;
import dev.fleetscope.updates.UpdateCheckException;
import dev.fleetscope.updates.UpdateChecker;
import dev.fleetscope.updates.UpdateStatus;
import dev.fleetscope.updates.Version;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope update --check}: whether the release feed offers a newer version than this one.
 * It only tells; it never downloads or installs anything.
 */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description =
        "Check the release feed for a newer Fleetscope (drafts and pre-releases left out). Nothing"
            + " is downloaded or installed.")
public final class UpdateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--check", description = "Ask the release feed (required).")
  boolean check;

  @Option(
      names = "--feed",
      paramLabel = "URL",
      description =
          "Release feed in GitHub's releases JSON format. Default: Fleetscope's releases on"
              + " GitHub.")
  String feed = DailyUpdateCheck.FEED;

  @Option(names = "--pre-releases", description = "Offer pre-releases too (drafts never).")
  boolean preReleases;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = SinceConverter.class,
      description = "Deadline for the whole call (connect, request, answer). Default: 10s.")
  Duration timeout = UpdateChecker.DEADLINE;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "table|json",
      description = "Output format. Default: ${DEFAULT-VALUE}.")
  Format format;

  enum Format {
    table,
    json
  }

  public UpdateCommand(Host host) {
    // The feed, the version and the deadline are all the command needs; the host is taken for
    // the composition root's uniform construction.
  }

  @Override
  public Integer call() {
    if (!check) {
      throw usage("give --check: Fleetscope only checks for updates, it never installs them");
    }
    HttpUrl url = HttpUrl.parse(feed);
    if (url == null) {
      throw usage("--feed: '" + feed + "' is not an http(s) URL");
    }
    Version current = Version.tryParse(VersionProvider.version()).orElse(null);
    PrintWriter err = spec.commandLine().getErr();
    if (current == null) {
      err.println(
          "fleetscope update: this build carries no version ('"
              + VersionProvider.version()
              + "'), so there is nothing to compare with");
      return 1;
    }
    try {
      UpdateStatus status =
          new UpdateChecker(new OkHttpClient(), url, timeout).check(current, preReleases);
      PrintWriter out = spec.commandLine().getOut();
      out.print(
          format == Format.json
              ? status.json() + System.lineSeparator()
              : UpdateTable.render(status));
      out.flush();
      if (status.latest().isEmpty()) {
        err.println(status.summary());
      }
      return 0;
    } catch (UpdateCheckException e) {
      err.println("fleetscope update: " + e.getMessage());
      return ExitCode.SOURCE_FAILED;
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
