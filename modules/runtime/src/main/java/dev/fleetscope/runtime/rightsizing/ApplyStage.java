package dev.fleetscope.runtime.rightsizing;

import dev.fleetscope.apply.DryRun;
import dev.fleetscope.apply.Plan;
import dev.fleetscope.apply.export.GitOpsExport;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.RunRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where the apply flow stands: choose rows, preview, dry run, apply in batches, outcome. */
public sealed interface ApplyStage {
  /** Rows are being chosen; nothing is planned. */
  record Choosing() implements ApplyStage {}

  /** Reading workloads, screening or asking the servers; {@code what} says which. */
  record Working(String what) implements ApplyStage {}

  /**
   * The plan pinned to what the clusters hold, the guard rails' refusals in it, its preview, the
   * servers' dry-run answers once asked, and the files it was written to for GitOps once exported.
   *
   * @param unchanged selected containers that already hold the recommended values
   */
  record Planned(
      Plan plan,
      ApplyMethod method,
      String preview,
      int unchanged,
      Optional<List<DryRun.Answer>> dryRun,
      Optional<Exported> exported)
      implements ApplyStage {
    Planned(Plan plan, ApplyMethod method, String preview, int unchanged) {
      this(plan, method, preview, unchanged, Optional.empty(), Optional.empty());
    }

    public boolean dryRunPassed() {
      return dryRun.isPresent() && DryRun.allAccepted(dryRun.get()) && !plan.changes().isEmpty();
    }

    Planned withDryRun(List<DryRun.Answer> answers) {
      return new Planned(plan, method, preview, unchanged, Optional.of(answers), exported);
    }

    public Planned withExport(Exported files) {
      return new Planned(plan, method, preview, unchanged, dryRun, Optional.of(files));
    }
  }

  /**
   * The plan written as GitOps files instead of sent: {@code files} under {@code folder}, one
   * folder per cluster.
   */
  record Exported(Path folder, GitOpsExport.Format format, List<Path> files) {
    public Exported {
      files = List.copyOf(files);
    }
  }

  record Running(RunProgress progress) implements ApplyStage {}

  /**
   * @param took from the run's start to its end, pauses included
   */
  record Finished(RunProgress progress, RunRecord run, Duration took) implements ApplyStage {}

  record Failed(String message) implements ApplyStage {}
}
