package dev.fleetscope.apply;

import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriter;
import java.util.List;

/**
 * Asks each cluster to validate each change without keeping it ({@code dryRun=All}), and keeps its
 * answers.
 */
public final class DryRun {
  /** The server's answer for one workload. */
  public record Answer(WorkloadRef workload, boolean accepted, String message) {}

  private DryRun() {}

  public static List<Answer> run(ClusterWriter writer, Plan plan, ApplyMethod method) {
    return plan.changes().stream()
        .map(
            p -> {
              try {
                return new Answer(p.change().workload(), true, writer.dryRun(p.change(), method));
              } catch (ClusterWriteException e) {
                return new Answer(p.change().workload(), false, e.getMessage());
              }
            })
        .toList();
  }

  public static boolean allAccepted(List<Answer> answers) {
    return answers.stream().allMatch(Answer::accepted);
  }
}
