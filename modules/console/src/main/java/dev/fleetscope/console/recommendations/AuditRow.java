package dev.fleetscope.console.recommendations;

import dev.fleetscope.model.change.ChangeKind;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.ContainerChange;
import dev.fleetscope.model.change.RunRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One line of the audit history: a run, or one of its changes with the exact quantities before and
 * after.
 *
 * @param change empty for a run's own line
 */
public record AuditRow(
    RunRecord run,
    Optional<ChangeRecord> change,
    String id,
    String when,
    String what,
    String values,
    String state,
    String detail) {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  public static AuditRow of(RunRecord run) {
    return new AuditRow(
        run,
        Optional.empty(),
        "run " + run.id(),
        when(run.startedAt()),
        run.description(),
        run.changes().size() + " change(s)",
        run.outcome().map(o -> o.kind().name()).orElse("NOT ENDED"),
        run.outcome()
            .map(o -> o.detail())
            .orElse("interrupted: read back from the cluster on the next start"));
  }

  public static AuditRow of(RunRecord run, ChangeRecord change) {
    String id =
        "change "
            + change.id()
            + (change.kind() == ChangeKind.ROLLBACK
                ? change.origin().map(o -> " · rollback of " + o).orElse(" · rollback")
                : change.origin().map(o -> " · resumes " + o).orElse(""));
    return new AuditRow(
        run,
        Optional.of(change),
        id,
        when(change.latest().at()),
        change.change().workload().toString(),
        values(change.change().containers()),
        change.state().name(),
        change.latest().detail());
  }

  /**
   * {@code api: cpu request 1 → 250m, memory limit 2Gi → 1536Mi}: the quantities that change, as
   * the cluster spells them.
   */
  static String values(List<ContainerChange> containers) {
    List<String> parts = new ArrayList<>();
    for (ContainerChange c : containers) {
      List<String> changed = new ArrayList<>();
      diff(changed, "request", c.before().requests(), c.after().requests());
      diff(changed, "limit", c.before().limits(), c.after().limits());
      parts.add(
          c.container() + ": " + (changed.isEmpty() ? "no change" : String.join(", ", changed)));
    }
    return String.join("; ", parts);
  }

  private static void diff(
      List<String> out, String what, Map<String, String> before, Map<String, String> after) {
    TreeSet<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      String was = before.get(key);
      String now = after.get(key);
      if (!Objects.equals(was, now)) {
        out.add(
            key
                + " "
                + what
                + " "
                + (was == null ? "unset" : was)
                + " → "
                + (now == null ? "unset" : now));
      }
    }
  }

  private static String when(Instant at) {
    return WHEN.format(at);
  }
}
