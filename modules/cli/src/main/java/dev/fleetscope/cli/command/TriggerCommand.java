package dev.fleetscope.cli.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fleetscope.model.SessionMode;
import dev.fleetscope.pipelines.SourceSettings;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.SourceException;
import dev.fleetscope.pipelines.trigger.AirflowDag;
import dev.fleetscope.pipelines.trigger.ArgoWorkflowTemplate;
import dev.fleetscope.pipelines.trigger.KubeflowPipeline;
import dev.fleetscope.pipelines.trigger.PipelineTriggers;
import dev.fleetscope.pipelines.trigger.PreparedTrigger;
import dev.fleetscope.pipelines.trigger.RetrainReason;
import dev.fleetscope.pipelines.trigger.TriggerOutcome;
import dev.fleetscope.pipelines.trigger.TriggerTarget;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.store.SqliteAuditLog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope trigger}: starts one run of an Airflow DAG, a Kubeflow pipeline or an Argo
 * WorkflowTemplate, as the console's drift-to-retraining action does, and prints the run it
 * started; {@code --dry-run} prints the exact request instead and sends nothing. Every trigger is
 * recorded in the audit log (intent before, answer after); {@code --read-only} refuses to send.
 */
@Command(
    name = "trigger",
    mixinStandardHelpOptions = true,
    description =
        "Start a run of an Airflow DAG, a Kubeflow pipeline or an Argo WorkflowTemplate, recorded in"
            + " the audit log; --dry-run prints the exact request without sending it.")
public final class TriggerCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin PipelineServerOptions servers = new PipelineServerOptions();

  @Option(names = "--dag", paramLabel = "ID", description = "--airflow: the DAG to run")
  String dag;

  @Option(
      names = "--conf",
      paramLabel = "JSON",
      description = "--airflow: the run's conf, a JSON object (the reason is added to it)")
  String conf;

  @Option(names = "--pipeline", paramLabel = "ID", description = "--kfp: the pipeline to run")
  String pipeline;

  @Option(
      names = "--pipeline-version",
      paramLabel = "ID",
      description = "--kfp: the pipeline version (default: its latest)")
  String pipelineVersion;

  @Option(
      names = "--experiment",
      paramLabel = "ID",
      description = "--kfp: the experiment (default: the default experiment)")
  String experiment;

  @Option(
      names = "--template",
      paramLabel = "NAME",
      description = "--argo-server: the WorkflowTemplate to submit, in --argo-namespace")
  String template;

  @Option(
      names = "--parameter",
      paramLabel = "NAME=VALUE",
      description = "--kfp, --argo-server: a run parameter (repeatable)")
  Map<String, String> parameters = new LinkedHashMap<>();

  @Option(
      names = "--reason-parameter",
      paramLabel = "NAME",
      description =
          "--kfp, --argo-server: the declared parameter that receives the reason as JSON (the"
              + " pipeline refuses undeclared ones)")
  String reasonParameter;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      description = "the model the run retrains, named in the reason (default: the pipeline's id)")
  String model;

  @Option(names = "--dry-run", description = "print the exact request; send nothing")
  boolean dryRun;

  @Option(names = "--read-only", description = "refuse to start anything (as the console's mode)")
  boolean readOnly;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Folder of the audit log (default: the user's Fleetscope data folder, e.g. ~/.local/share/fleetscope).")
  Path dataDir;

  @Spec CommandSpec spec;

  private final Host host;
  private final Clock clock;
  private final OkHttpClient http;

  public TriggerCommand(Host host) {
    this(host, new OkHttpClient());
  }

  TriggerCommand(Host host, OkHttpClient http) {
    this.host = host;
    this.clock = host.clock();
    this.http = http;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TriggerTarget target = target();
    String name = Optional.ofNullable(model).orElseGet(() -> pipelineId(target));
    RetrainReason reason =
        RetrainReason.manual(
            name,
            "run of " + target.describe() + " asked for from the command line",
            clock.instant());
    SessionMode mode = readOnly ? SessionMode.READ_ONLY : SessionMode.DESKTOP;
    if (dryRun) {
      try {
        PreparedTrigger request = triggers(mode, null).preview(target, reason);
        out.println(request.describe());
        err.println("Dry run: nothing was sent.");
        return 0;
      } catch (SourceException e) {
        err.println("fleetscope trigger: " + e.getMessage());
        return ExitCode.SOURCE_FAILED;
      }
    }
    Path auditFile =
        (dataDir != null ? dataDir : host.dirs().data()).resolve(SqliteAuditLog.FILE_NAME);
    try (SqliteAuditLog audit = SqliteAuditLog.open(auditFile, clock)) {
      TriggerOutcome outcome =
          triggers(mode, audit).trigger(target, reason, System.getProperty("user.name", "unknown"));
      return switch (outcome) {
        case TriggerOutcome.Started started -> {
          out.println("Started run " + started.run().runId() + " of " + target.describe());
          started.link().ifPresent(out::println);
          err.println(
              "Recorded in the audit log " + auditFile + " as trigger " + started.auditId() + ".");
          yield 0;
        }
        case TriggerOutcome.Refused refused -> {
          err.println(refused.reason());
          yield 1;
        }
        case TriggerOutcome.NotStarted notStarted -> {
          // the orchestrator refused or did not answer: a source failure, as in every command
          err.println(
              "fleetscope trigger: "
                  + notStarted.reason()
                  + notStarted
                      .auditId()
                      .map(id -> " (recorded in the audit log as trigger " + id + ")")
                      .orElse(""));
          yield ExitCode.SOURCE_FAILED;
        }
      };
    }
  }

  private PipelineTriggers triggers(SessionMode mode, SqliteAuditLog audit) {
    return new PipelineTriggers(
        http, mode, SourceSettings.of("trigger", "trigger").backoff(), clock, audit);
  }

  private TriggerTarget target() {
    int given =
        (servers.airflow != null ? 1 : 0)
            + (servers.kfp != null ? 1 : 0)
            + (servers.argoServer != null ? 1 : 0);
    if (given != 1) {
      throw usage("give one of --airflow, --kfp and --argo-server: a trigger starts one run");
    }
    if (servers.airflow != null) {
      require(dag, "--airflow needs --dag ID");
      if (servers.airflowCredentialsMissing()) {
        throw usage(
            "--airflow needs --airflow-user (or FLEETSCOPE_AIRFLOW_USER) and FLEETSCOPE_AIRFLOW_PASSWORD");
      }
      return new AirflowDag(
          "airflow",
          url("--airflow", servers.airflow),
          dag,
          Optional.empty(),
          servers.airflowUser,
          servers.airflowPassword,
          conf(),
          AirflowDag.REASON_KEY);
    }
    if (servers.kfp != null) {
      require(pipeline, "--kfp needs --pipeline ID");
      return new KubeflowPipeline(
          "kfp",
          url("--kfp", servers.kfp),
          pipeline,
          Optional.ofNullable(pipelineVersion),
          Optional.ofNullable(experiment),
          Map.copyOf(parameters),
          Optional.ofNullable(reasonParameter),
          bearer(servers.kfpToken));
    }
    require(template, "--argo-server needs --template NAME");
    if (servers.argoNamespaces.size() != 1) {
      throw usage("--argo-namespace names the template's one namespace");
    }
    return new ArgoWorkflowTemplate(
        "argo",
        url("--argo-server", servers.argoServer),
        servers.argoNamespaces.getFirst(),
        template,
        parameters,
        Optional.ofNullable(reasonParameter),
        bearer(servers.argoToken));
  }

  private static String pipelineId(TriggerTarget target) {
    return switch (target) {
      case AirflowDag d -> d.dagId();
      case KubeflowPipeline p -> p.pipelineId();
      case ArgoWorkflowTemplate t -> t.template();
    };
  }

  private Map<String, Object> conf() {
    if (conf == null) {
      return Map.of();
    }
    try {
      Map<String, Object> parsed = JSON.readValue(conf, new TypeReference<>() {});
      if (parsed == null) {
        throw usage("--conf must be a JSON object, was null");
      }
      return parsed;
    } catch (JsonProcessingException e) {
      throw usage("--conf is not a JSON object: " + e.getOriginalMessage());
    }
  }

  private static Credentials bearer(String token) {
    return PipelineServerOptions.blank(token)
        ? new Credentials.None()
        : new Credentials.Bearer(token.strip());
  }

  private void require(String value, String message) {
    if (PipelineServerOptions.blank(value)) {
      throw usage(message);
    }
  }

  private HttpUrl url(String option, String value) {
    return PipelineServerOptions.url(spec.commandLine(), option, value);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
