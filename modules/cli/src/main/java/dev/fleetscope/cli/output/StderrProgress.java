package dev.fleetscope.cli.output;

import dev.fleetscope.model.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Long fetches tell the person waiting what they are doing: one line on standard error per new
 * task.
 */
public final class StderrProgress implements Consumer<Progress> {
  private final PrintWriter err;
  private String last = "";

  public StderrProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void accept(Progress progress) {
    if (!progress.task().equals(last)) {
      last = progress.task();
      err.printf(Locale.ROOT, "[%3.0f%%] %s%n", progress.fraction() * 100, progress.task());
      err.flush();
    }
  }
}
