package dev.fleetscope.cli.command;

import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.pipelines.SourceSettings;
import dev.fleetscope.runtime.pipelines.PipelineSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import okhttp3.HttpUrl;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where an Airflow, a Kubeflow Pipelines and an Argo Server are, and their credentials, as {@code
 * pipelines}, {@code alerts} and {@code trigger} all name them: secrets preferably from the
 * environment, since arguments show in process lists.
 */
final class PipelineServerOptions {
  @Option(
      names = "--airflow",
      paramLabel = "URL",
      description = "Airflow 2 or 3 base URL (the version is detected)")
  String airflow;

  @Option(
      names = "--airflow-user",
      paramLabel = "USER",
      defaultValue = "${env:FLEETSCOPE_AIRFLOW_USER}")
  String airflowUser;

  @Option(
      names = "--airflow-password",
      paramLabel = "PASSWORD",
      defaultValue = "${env:FLEETSCOPE_AIRFLOW_PASSWORD}",
      description =
          "Prefer the environment variable FLEETSCOPE_AIRFLOW_PASSWORD: arguments show in process lists")
  String airflowPassword;

  @Option(
      names = "--kfp",
      paramLabel = "URL",
      description = "Kubeflow Pipelines endpoint (v2beta1 API)")
  String kfp;

  @Option(names = "--kfp-token", paramLabel = "TOKEN", defaultValue = "${env:FLEETSCOPE_KFP_TOKEN}")
  String kfpToken;

  @Option(
      names = "--argo-server",
      paramLabel = "URL",
      description = "Argo Workflows through the Argo Server API")
  String argoServer;

  @Option(
      names = "--argo-token",
      paramLabel = "TOKEN",
      defaultValue = "${env:FLEETSCOPE_ARGO_TOKEN}")
  String argoToken;

  @Option(
      names = "--argo-namespace",
      paramLabel = "NS",
      split = ",",
      defaultValue = "argo",
      description = "Argo namespace(s) (default: ${DEFAULT-VALUE})")
  List<String> argoNamespaces;

  boolean none() {
    return airflow == null && kfp == null && argoServer == null;
  }

  /**
   * The sources these options name, each with the settings {@code settings} gives its id and
   * display name; a missing credential or a URL that is not one is a usage error of {@code line}.
   */
  List<PipelineSource> sources(
      CommandLine line,
      BiFunction<String, String, SourceSettings> settings,
      Optional<String> kfpNamespace) {
    List<PipelineSource> sources = new ArrayList<>();
    if (airflow != null) {
      if (airflowCredentialsMissing()) {
        throw new ParameterException(
            line,
            "--airflow needs --airflow-user (or FLEETSCOPE_AIRFLOW_USER) and FLEETSCOPE_AIRFLOW_PASSWORD");
      }
      sources.add(
          PipelineSources.airflow(
              settings.apply("airflow", "Airflow " + airflow),
              url(line, "--airflow", airflow),
              airflowUser,
              airflowPassword));
    }
    if (kfp != null) {
      sources.add(
          PipelineSources.kubeflow(
              settings.apply("kfp", "Kubeflow Pipelines " + kfp),
              url(line, "--kfp", kfp),
              Optional.ofNullable(kfpToken),
              kfpNamespace));
    }
    if (argoServer != null) {
      sources.add(
          PipelineSources.argoServer(
              settings.apply("argo", "Argo Server " + argoServer),
              url(line, "--argo-server", argoServer),
              Optional.ofNullable(argoToken),
              argoNamespaces));
    }
    return sources;
  }

  static HttpUrl url(CommandLine line, String option, String value) {
    return PipelineSources.url(value)
        .orElseThrow(
            () ->
                new ParameterException(
                    line, option + " expects an http(s) URL, was '" + value + "'"));
  }

  /** Whether the Airflow credentials are missing, which Airflow always needs. */
  boolean airflowCredentialsMissing() {
    return blank(airflowUser) || blank(airflowPassword);
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
