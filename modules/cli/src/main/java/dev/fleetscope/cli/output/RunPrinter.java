package dev.fleetscope.cli.output;

import dev.fleetscope.apply.ApplyEvent;
import dev.fleetscope.apply.ApplyListener;
import dev.fleetscope.model.Quantities;
import dev.fleetscope.model.Units;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.RunRecord;
import java.io.PrintWriter;
import java.util.Optional;

/** Prints a run as it goes, and runs and changes as tables. */
public final class RunPrinter implements ApplyListener {
  private final PrintWriter out;

  public RunPrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void on(ApplyEvent event) {
    switch (event) {
      case ApplyEvent.RunStarted s ->
          out.printf(
              "run %d: %d change(s) in %d batch(es)%n",
              s.run().id(), s.run().changes().size(), s.batches());
      case ApplyEvent.BatchStarted b ->
          out.printf(
              "batch %d of %d: %d workload(s)%n", b.batch(), b.batches(), b.changes().size());
      case ApplyEvent.Sending s ->
          out.printf("  change %d: sending %s%n", s.change().id(), s.change().change().workload());
      case ApplyEvent.Sent s -> {}
      case ApplyEvent.ChangeFinished f ->
          out.printf("  change %d: %s (%s)%n", f.changeId(), f.state(), f.detail());
      case ApplyEvent.Pausing p ->
          out.printf("pausing %d s before the next batch%n", p.pause().toSeconds());
      case ApplyEvent.RunEnded e ->
          out.printf("run %d %s: %s%n", e.runId(), e.outcome(), e.detail());
    }
    out.flush();
  }

  static final String HEADER =
      String.format(
          "%-5s %-7s %-9s %-34s %-11s %-26s %-26s%n",
          "RUN",
          "CHANGE",
          "KIND",
          "WORKLOAD",
          "STATE",
          "CPU REQUEST (cores)",
          "MEMORY LIMIT (bytes)");

  public void table(Iterable<RunRecord> runs) {
    out.print(HEADER);
    for (RunRecord run : runs) {
      for (ChangeRecord c : run.changes()) {
        for (ContainerChange container : c.change().containers()) {
          out.printf(
              "%-5d %-7d %-9s %-34s %-11s %-26s %-26s%n",
              run.id(),
              c.id(),
              c.kind(),
              c.change().workload() + "/" + container.container(),
              c.state(),
              cpu(container.before()) + " -> " + cpu(container.after()),
              memory(container.before()) + " -> " + memory(container.after()));
        }
      }
      out.printf(
          "      run %d %s, %s%n",
          run.id(),
          run.description(),
          run.outcome()
              .map(o -> o.kind() + ": " + o.detail())
              .orElse("not ended (interrupted; read back on the next apply, rollback or audit)"));
    }
    out.flush();
  }

  private static String cpu(ContainerResources r) {
    return r.request(ContainerResources.CPU)
        .map(q -> Units.cores(Quantities.parseCores(q)))
        .orElse("unset");
  }

  private static String memory(ContainerResources r) {
    Optional<String> q = r.limit(ContainerResources.MEMORY);
    return q.map(v -> Units.bytes(Quantities.parseBytes(v))).orElse("no limit");
  }
}
