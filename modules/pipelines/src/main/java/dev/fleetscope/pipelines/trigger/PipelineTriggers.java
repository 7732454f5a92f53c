package dev.fleetscope.pipelines.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.SessionMode;
import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.model.pipeline.RunKey;
import dev.fleetscope.model.trigger.TriggerAnswer;
import dev.fleetscope.model.trigger.TriggerIntent;
import dev.fleetscope.model.trigger.TriggerLog;
import dev.fleetscope.model.trigger.TriggerRecord;
import dev.fleetscope.pipelines.airflow.AirflowLogin;
import dev.fleetscope.pipelines.airflow.AirflowVersion;
import dev.fleetscope.pipelines.http.Backoff;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.JsonHttp;
import dev.fleetscope.pipelines.http.SourceException;
import java.time.Clock;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Starts retraining runs. {@link #preview} builds the exact request without sending it (for an
 * Airflow whose version is not given it asks {@code GET /api/v2/version} first); {@link #trigger}
 * refuses in read-only and wall sessions, else records the intent in the audit log, sends, and
 * records the answer. Blocks: call it off the FX thread.
 */
public final class PipelineTriggers {
  private final OkHttpClient client;
  private final SessionMode mode;
  private final Backoff backoff;
  private final Clock clock;
  private final TriggerLog log;

  public PipelineTriggers(
      OkHttpClient http, SessionMode mode, Backoff backoff, Clock clock, TriggerLog log) {
    this.client = http.newBuilder().addInterceptor(new ReadOnlyGuard(mode)).build();
    this.mode = mode;
    this.backoff = backoff;
    this.clock = clock;
    this.log = log;
  }

  /** The request {@link #trigger} would send, secrets masked; nothing is sent but a version GET. */
  public PreparedTrigger preview(TriggerTarget target, RetrainReason reason)
      throws SourceException {
    return protocol(target).prepare(reason);
  }

  /**
   * @param actor who asks: the operating-system user, or {@code rule:ID} for an automatic trigger
   */
  public TriggerOutcome trigger(TriggerTarget target, RetrainReason reason, String actor) {
    if (mode.readOnly()) {
      return new TriggerOutcome.Refused(
          "not started: this session is read-only ("
              + mode.flag()
              + "), so "
              + target.describe()
              + " was not asked to run; nothing was sent");
    }
    Protocol protocol;
    PreparedTrigger request;
    try {
      protocol = protocol(target);
      request = protocol.prepare(reason);
    } catch (SourceException e) {
      return new TriggerOutcome.NotStarted(
          TriggerAnswer.Outcome.FAILED, e.getMessage(), Optional.empty());
    }
    TriggerRecord record =
        log.recordIntent(
            new TriggerIntent(actor, target.describe(), request.describe(), reason.summary()));
    return send(target, protocol, request, record.id());
  }

  /** Sends a prepared trigger and records the answer; the session's mode is the guard's to hold. */
  TriggerOutcome send(
      TriggerTarget target, Protocol protocol, PreparedTrigger request, long auditId) {
    try {
      JsonNode answer =
          http(target, protocol.credentials()).postJson(request.url(), request.body());
      Protocol.StartedRun run = protocol.started(answer);
      log.recordAnswer(
          auditId,
          new TriggerAnswer(
              TriggerAnswer.Outcome.STARTED,
              clock.instant(),
              "started run " + run.runId(),
              Optional.of(run.runId())));
      return new TriggerOutcome.Started(
          new RunKey(target.source(), run.runId()), run.link(), auditId);
    } catch (SourceException e) {
      TriggerAnswer.Outcome outcome =
          e.status().isPresent() && e.status().getAsInt() / 100 == 4
              ? TriggerAnswer.Outcome.REFUSED
              : TriggerAnswer.Outcome.FAILED;
      log.recordAnswer(
          auditId, new TriggerAnswer(outcome, clock.instant(), e.getMessage(), Optional.empty()));
      return new TriggerOutcome.NotStarted(outcome, e.getMessage(), Optional.of(auditId));
    }
  }

  Protocol protocol(TriggerTarget target) throws SourceException {
    return switch (target) {
      case AirflowDag dag -> airflow(dag);
      case KubeflowPipeline pipeline -> new KubeflowProtocol(pipeline, clock);
      case ArgoWorkflowTemplate template -> new ArgoProtocol(template);
    };
  }

  private AirflowProtocol airflow(AirflowDag dag) throws SourceException {
    JsonHttp unauthenticated = http(dag, new Credentials.None());
    AirflowVersion version =
        dag.version().isPresent()
            ? dag.version().get()
            : AirflowLogin.probe(unauthenticated, dag.base());
    return new AirflowProtocol(
        dag,
        version,
        AirflowLogin.credentials(
            version, unauthenticated, dag.base(), dag.username(), dag.password(), clock));
  }

  private JsonHttp http(TriggerTarget target, Credentials credentials) {
    return new JsonHttp(target.describe(), client, Deadlines.DEFAULT, credentials, backoff, clock);
  }
}
