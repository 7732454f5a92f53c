package dev.fleetscope.cli.command;

import dev.fleetscope.apply.ApplyEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The child JVM of {@link ApplyCrashRecoveryIT}: runs {@code apply} and, after every step the audit
 * log holds, prints {@code STEP <n> <event>} and waits for a line on stdin, so the parent can kill
 * it at exactly that step.
 */
public final class ApplyCrashChild {
  private ApplyCrashChild() {}

  public static void main(String[] args) {
    BufferedReader parent =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    int[] step = {0};
    ApplyCommand apply =
        new ApplyCommand(
            CliTestSupport.HOST,
            event -> {
              System.out.println("STEP " + step[0]++ + " " + describe(event));
              System.out.flush();
              try {
                parent.readLine();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    int code = new CommandLine(apply).execute(args);
    System.out.println("EXIT " + code);
    System.exit(code);
  }

  private static String describe(ApplyEvent event) {
    return switch (event) {
      case ApplyEvent.RunStarted s -> "run-started";
      case ApplyEvent.BatchStarted b -> "batch-started " + b.batch();
      case ApplyEvent.Sending s -> "intent-written " + s.change().id();
      case ApplyEvent.Sent s -> "accepted-not-recorded " + s.change().id();
      case ApplyEvent.ChangeFinished f -> "recorded " + f.changeId() + " " + f.state();
      case ApplyEvent.Pausing p -> "pausing";
      case ApplyEvent.RunEnded e -> "run-ended " + e.outcome();
    };
  }
}
