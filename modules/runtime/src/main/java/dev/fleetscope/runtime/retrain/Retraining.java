package dev.fleetscope.runtime.retrain;

import dev.fleetscope.model.SessionMode;
import dev.fleetscope.model.trigger.TriggerAnswer;
import dev.fleetscope.model.trigger.TriggerRecord;
import dev.fleetscope.pipelines.SourceSettings;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.kubeflow.KubeflowCatalog;
import dev.fleetscope.pipelines.trigger.AirflowDag;
import dev.fleetscope.pipelines.trigger.ArgoWorkflowTemplate;
import dev.fleetscope.pipelines.trigger.KubeflowPipeline;
import dev.fleetscope.pipelines.trigger.PipelineTriggers;
import dev.fleetscope.pipelines.trigger.PreparedTrigger;
import dev.fleetscope.pipelines.trigger.RetrainReason;
import dev.fleetscope.pipelines.trigger.TriggerOutcome;
import dev.fleetscope.pipelines.trigger.TriggerTarget;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.connections.MissingSecretException;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.pipelines.PipelineSources;
import dev.fleetscope.store.SqliteAuditLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a model's retraining run on a saved pipeline source: the exact request first ({@link
 * #preview}), then the run ({@link #start}), recorded in the audit log like an apply and refused in
 * read-only and wall sessions. The plan is remembered for the model once a run started. Every
 * method blocks on I/O: call them off the FX thread.
 */
public final class Retraining {
  private static final Logger LOG = LoggerFactory.getLogger(Retraining.class);

  private final Path auditFile;
  private final RetrainPlansStore plans;
  private final SessionMode mode;
  private final Map<String, String> environment;
  private final Clock clock;
  private final OkHttpClient http;
  private final Map<String, Optional<Instant>> lastStarts = new ConcurrentHashMap<>();

  /**
   * @param environment where secrets named by environment variable are looked up
   */
  public Retraining(
      AppDirs dirs,
      SessionMode mode,
      Map<String, String> environment,
      Clock clock,
      OkHttpClient http) {
    this.auditFile = dirs.data().resolve(SqliteAuditLog.FILE_NAME);
    this.plans = new RetrainPlansStore(dirs);
    this.mode = mode;
    this.environment = Map.copyOf(environment);
    this.clock = clock;
    this.http = http;
  }

  /** With an HTTP client of its own. */
  public static Retraining forUser(
      AppDirs dirs, SessionMode mode, Map<String, String> environment, Clock clock) {
    return new Retraining(dirs, mode, environment, clock, new OkHttpClient());
  }

  /** The sources a run can be started on: those reached by URL (a kubeconfig context is not). */
  public static List<PipelineEntry> startable(List<PipelineEntry> saved) {
    return saved.stream().filter(e -> e.kind() != PipelineEntry.Kind.ARGO_CONTEXT).toList();
  }

  /** Why nothing can be started from this session, when nothing can. */
  public Optional<String> refusal() {
    return mode.readOnly()
        ? Optional.of("A read-only session (" + mode.flag() + "): no run can be started from it.")
        : Optional.empty();
  }

  public Path auditFile() {
    return auditFile;
  }

  /** The model's plan as last started, when there is one and the file reads. */
  public Optional<RetrainPlan> plan(String model) {
    return Optional.ofNullable(plans().get(model));
  }

  /** Every model's plan; none when the file cannot be read (logged). */
  public Map<String, RetrainPlan> plans() {
    try {
      return plans.load();
    } catch (IOException e) {
      LOG.warn("Reading {} failed; no retraining plan applies", plans.file(), e);
      return Map.of();
    }
  }

  /** Keeps a plan as it is (automatic retraining turned on or off). */
  public void save(RetrainPlan plan) throws IOException {
    plans.save(plan);
  }

  /** Who a rule's automatic start is recorded as: {@code rule:dataset-drift for ranker}. */
  static String ruleActor(String ruleId, String model) {
    return "rule:" + ruleId + " for " + model;
  }

  /**
   * When the model's retraining last started: from this session (by hand or by a rule), else a
   * rule's start in the audit log. Read from the log once per model.
   */
  Optional<Instant> lastStart(String model) {
    return lastStarts.computeIfAbsent(model, this::lastAutomaticStart);
  }

  private Optional<Instant> lastAutomaticStart(String model) {
    try (SqliteAuditLog audit = SqliteAuditLog.open(auditFile, clock)) {
      return audit.triggers().stream()
          .filter(t -> t.intent().actor().startsWith("rule:"))
          .filter(t -> t.intent().actor().endsWith(" for " + model))
          .map(TriggerRecord::requestedAt)
          .max(Comparator.naturalOrder());
    }
  }

  /** The request {@link #start} would send, secrets masked; nothing is sent but a version GET. */
  public PreparedTrigger preview(PipelineEntry source, RetrainPlan plan, RetrainReason reason)
      throws RetrainException {
    try {
      return triggers(null).preview(target(source, plan), reason);
    } catch (IOException e) {
      throw new RetrainException(e.getMessage(), e);
    }
  }

  /**
   * Starts the run and records it; on success the plan is kept for the model.
   *
   * @param actor who asks (the operating-system user)
   */
  public TriggerOutcome start(
      PipelineEntry source, RetrainPlan plan, RetrainReason reason, String actor) {
    TriggerTarget target;
    try {
      target = target(source, plan);
    } catch (RetrainException e) {
      return new TriggerOutcome.NotStarted(
          TriggerAnswer.Outcome.FAILED, e.getMessage(), Optional.empty());
    }
    TriggerOutcome outcome;
    try (SqliteAuditLog audit = SqliteAuditLog.open(auditFile, clock)) {
      outcome = triggers(audit).trigger(target, reason, actor);
    }
    if (outcome instanceof TriggerOutcome.Started) {
      lastStarts.put(plan.model(), Optional.of(clock.instant()));
      try {
        plans.save(plan);
      } catch (IOException e) {
        LOG.warn("The run started, but its plan could not be kept in {}", plans.file(), e);
      }
    }
    return outcome;
  }

  /**
   * What a Kubeflow Pipelines source offers to run: its pipelines and experiments, or a pipeline's
   * versions, newest first, for the retraining dialog's pickers.
   */
  public KubeflowCatalog kubeflowCatalog(PipelineEntry source) throws RetrainException {
    if (source.kind() != PipelineEntry.Kind.KUBEFLOW) {
      throw new IllegalArgumentException(source.name() + " is not a Kubeflow Pipelines source");
    }
    SourceSettings settings = SourceSettings.of(source.id(), source.name());
    return new KubeflowCatalog(
        settings.with(http, settings.backoff(), clock).withDeadlines(source.deadlines()),
        base(source),
        bearer(secret(source)),
        source.namespaces().stream().findFirst());
  }

  private static HttpUrl base(PipelineEntry source) throws RetrainException {
    return PipelineSources.url(source.target())
        .orElseThrow(
            () ->
                new RetrainException(
                    source.name() + ": '" + source.target() + "' is not an http(s) URL"));
  }

  private PipelineTriggers triggers(SqliteAuditLog audit) {
    return new PipelineTriggers(
        http, mode, SourceSettings.of("retrain", "retrain").backoff(), clock, audit);
  }

  /** The plan on its source as the pipelines module's target, its secret read now. */
  TriggerTarget target(PipelineEntry source, RetrainPlan plan) throws RetrainException {
    HttpUrl base = base(source);
    Optional<String> secret = secret(source);
    try {
      return switch (source.kind()) {
        case AIRFLOW ->
            AirflowDag.of(
                source.id(), base, plan.target(), source.user().orElse(""), secret.orElse(""));
        case KUBEFLOW ->
            new KubeflowPipeline(
                source.id(),
                base,
                plan.target(),
                plan.pipelineVersion(),
                plan.experiment(),
                Map.of(),
                plan.reasonParameter(),
                bearer(secret));
        case ARGO_SERVER -> {
          int slash = plan.target().indexOf('/');
          String namespace =
              slash < 0 ? source.argoNamespaces().getFirst() : plan.target().substring(0, slash);
          yield new ArgoWorkflowTemplate(
              source.id(),
              base,
              namespace,
              plan.target().substring(slash + 1),
              Map.of(),
              plan.reasonParameter(),
              bearer(secret));
        }
        case ARGO_CONTEXT ->
            throw new RetrainException(
                source.name()
                    + " reads Argo through a kubeconfig context; runs are started through an Argo"
                    + " Server: add one in Connections");
      };
    } catch (IllegalArgumentException e) {
      throw new RetrainException(e.getMessage(), e);
    }
  }

  private Optional<String> secret(PipelineEntry source) throws RetrainException {
    if (source.secret().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(source.secret().get().read(environment));
    } catch (MissingSecretException e) {
      throw new RetrainException(
          source.name() + ": " + source.kind().secretField() + ": " + e.getMessage(), e);
    }
  }

  private static Credentials bearer(Optional<String> token) {
    return token
        .filter(t -> !t.isBlank())
        .<Credentials>map(t -> new Credentials.Bearer(t.strip()))
        .orElseGet(Credentials.None::new);
  }
}
