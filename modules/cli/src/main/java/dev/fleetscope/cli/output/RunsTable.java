package dev.fleetscope.cli.output;

import dev.fleetscope.model.pipeline.PipelineRun;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs as an aligned text table; durations as h:mm:ss, running ones with the time so far and a
 * "+".
 */
public final class RunsTable {
  private static final DateTimeFormatter START =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final List<String> HEADER =
      List.of(
          "SOURCE", "PIPELINE", "RUN", "STATE", "START (UTC)", "DURATION (h:mm:ss)", "FAILED TASK");

  private RunsTable() {}

  public static String write(List<PipelineRun> runs, Instant now) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (PipelineRun run : runs) {
      String duration =
          run.duration()
              .map(RunsTable::hms)
              .or(() -> run.elapsed(now).map(d -> hms(d) + "+"))
              .orElse("-");
      String failed =
          run.failedTasks().stream()
              .findFirst()
              .map(
                  t ->
                      t.name()
                          + (t.message().isEmpty() ? "" : ": " + t.message())
                          + (run.failedTasks().size() > 1
                              ? " (+" + (run.failedTasks().size() - 1) + " more)"
                              : ""))
              .orElse("");
      rows.add(
          List.of(
              run.source(),
              run.pipeline(),
              run.runId(),
              run.state().id(),
              run.start().map(START::format).orElse("-"),
              duration,
              failed));
    }
    int[] widths = new int[HEADER.size()];
    rows.forEach(
        row -> {
          for (int i = 0; i < row.size(); i++) {
            widths[i] = Math.max(widths[i], row.get(i).length());
          }
        });
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(
            i == row.size() - 1 ? row.get(i) : String.format("%-" + widths[i] + "s  ", row.get(i)));
      }
      text.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    if (runs.isEmpty()) {
      text.append("(no runs in this window)").append(System.lineSeparator());
    }
    return text.toString();
  }

  static String hms(Duration d) {
    long s = d.toSeconds();
    return String.format("%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60);
  }
}
