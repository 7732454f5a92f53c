package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.JobRuns;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Groups Jobs into the workloads their runs make: the Jobs a CronJob created are that CronJob's
 * runs; Jobs of no CronJob that carry every grouping label (by default {@code
 * app.kubernetes.io/name}) are the runs of one workload per distinct set of values, named by the
 * values. A Job that fits neither stays a workload of its own.
 */
final class JobFamilies {
  /** The labels that group Jobs unless configured otherwise. */
  static final List<String> DEFAULT_GROUPING = List.of("app.kubernetes.io/name");

  private final String cluster;
  private final List<String> grouping;
  private final Map<String, WorkloadRef> familyOfJob = new LinkedHashMap<>();
  private final Map<WorkloadRef, List<JsonNode>> members = new LinkedHashMap<>();

  JobFamilies(String cluster, List<JsonNode> jobs, List<String> grouping) {
    this.cluster = cluster;
    this.grouping = List.copyOf(grouping);
    for (JsonNode job : jobs) {
      family(job)
          .ifPresent(
              ref -> {
                familyOfJob.put(key(job), ref);
                members.computeIfAbsent(ref, r -> new ArrayList<>()).add(job);
              });
    }
  }

  /** The CronJob or label group a Job (by {@code namespace/name}) is a run of. */
  Optional<WorkloadRef> familyOf(String namespace, String job) {
    return Optional.ofNullable(familyOfJob.get(namespace + "/" + job));
  }

  /** Label groups only: CronJobs are workloads of their own objects. */
  Map<WorkloadRef, List<JsonNode>> labelGroups() {
    Map<WorkloadRef, List<JsonNode>> groups = new LinkedHashMap<>(members);
    groups.keySet().removeIf(ref -> ref.kind() == WorkloadKind.CRON_JOB);
    return groups;
  }

  /** The runs of a CronJob or a label group; empty for anything else. */
  Optional<JobRuns> runs(WorkloadRef ref) {
    List<JsonNode> jobs = members.get(ref);
    if (jobs == null && ref.kind() != WorkloadKind.CRON_JOB) {
      return Optional.empty();
    }
    String groupedBy =
        ref.kind() == WorkloadKind.CRON_JOB
            ? "CronJob " + ref.name()
            : grouping.stream()
                .map(
                    l ->
                        l
                            + "="
                            + WorkloadJson.labels(jobs.getFirst().at("/metadata/labels")).get(l))
                .collect(Collectors.joining(","));
    return Optional.of(
        new JobRuns(
            groupedBy,
            (jobs == null ? List.<JsonNode>of() : jobs).stream().map(JobFamilies::run).toList()));
  }

  private Optional<WorkloadRef> family(JsonNode job) {
    String namespace = job.at("/metadata/namespace").asText();
    for (JsonNode owner : job.at("/metadata/ownerReferences")) {
      if (owner.path("controller").asBoolean(false)) {
        return "CronJob".equals(owner.path("kind").asText())
            ? Optional.of(
                new WorkloadRef(
                    cluster, namespace, WorkloadKind.CRON_JOB, owner.path("name").asText()))
            : Optional.empty();
      }
    }
    Map<String, String> labels = WorkloadJson.labels(job.at("/metadata/labels"));
    if (grouping.isEmpty() || !labels.keySet().containsAll(grouping)) {
      return Optional.empty();
    }
    String name = grouping.stream().map(labels::get).collect(Collectors.joining("-"));
    return Optional.of(new WorkloadRef(cluster, namespace, WorkloadKind.JOB, name));
  }

  static JobRuns.Run run(JsonNode job) {
    JsonNode status = job.path("status");
    JobRuns.Outcome outcome =
        status.path("succeeded").asInt(0) > 0 && status.path("active").asInt(0) == 0
            ? JobRuns.Outcome.SUCCEEDED
            : condition(status, "Failed")
                ? JobRuns.Outcome.FAILED
                : job.at("/spec/suspend").asBoolean(false)
                    ? JobRuns.Outcome.SUSPENDED
                    : JobRuns.Outcome.RUNNING;
    Optional<Instant> finished =
        instant(status.path("completionTime"))
            .or(() -> outcome == JobRuns.Outcome.FAILED ? failedAt(status) : Optional.empty());
    return new JobRuns.Run(
        job.at("/metadata/name").asText(), instant(status.path("startTime")), finished, outcome);
  }

  private static boolean condition(JsonNode status, String type) {
    for (JsonNode c : status.path("conditions")) {
      if (type.equals(c.path("type").asText()) && "True".equals(c.path("status").asText())) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Instant> failedAt(JsonNode status) {
    for (JsonNode c : status.path("conditions")) {
      if ("Failed".equals(c.path("type").asText())) {
        return instant(c.path("lastTransitionTime"));
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> instant(JsonNode text) {
    try {
      return text.isMissingNode() || text.isNull()
          ? Optional.empty()
          : Optional.of(Instant.parse(text.asText()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String key(JsonNode job) {
    return job.at("/metadata/namespace").asText() + "/" + job.at("/metadata/name").asText();
  }
}
