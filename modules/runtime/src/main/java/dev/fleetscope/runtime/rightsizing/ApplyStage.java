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
   * servers' dry-run answers once asked, the files it was written to for GitOps once exported, and
   * the VPA-side changes for its VPA-managed containers once written.
   *
   * @param unchanged selected containers that already hold the recommended values
   */
  record Planned(
      Plan plan,
      ApplyMethod method,
      String preview,
      int unchanged,
      Optional<List<DryRun.Answer>> dryRun,
      Optional<Exported> exported,
      Optional<VpaExported> vpaExported)
      implements ApplyStage {
    Planned(Plan plan, ApplyMethod method, String preview, int unchanged) {
      this(plan, method, preview, unchanged, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Containers a VPA manages, refused, for which the VPA-side change can be written. */
    public int vpaManaged() {
      return plan.vpaChanges().size();
    }

    public boolean dryRunPassed() {
      return dryRun.isPresent() && DryRun.allAccepted(dryRun.get()) && !plan.changes().isEmpty();
    }

    Planned withDryRun(List<DryRun.Answer> answers) {
      return new Planned(
          plan, method, preview, unchanged, Optional.of(answers), exported, vpaExported);
    }

    public Planned withExport(Exported files) {
      return new Planned(plan, method, preview, unchanged, dryRun, Optional.of(files), vpaExported);
    }

    public Planned withVpaExport(VpaExported files) {
      return new Planned(plan, method, preview, unchanged, dryRun, exported, Optional.of(files));
    }
  }

  /**
   * The VPA-side changes written as YAML under {@code folder} (two files per VPA, one to choose:
   * {@code *-bounds.yaml} and {@code *-off.yaml}); nothing was sent.
   */
  record VpaExported(Path folder, List<Path> files) {
    public VpaExported {
      files = List.copyOf(files);
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
