package dev.fleetscope.cli.command;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where an Airflow, a Kubeflow Pipelines and an Argo Server are, and their credentials, named as
 * {@code fleetscope pipelines} names them: secrets preferably from the environment, since arguments
 * show in process lists.
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

  /** Whether the Airflow credentials are missing, which Airflow always needs. */
  boolean airflowCredentialsMissing() {
    return blank(airflowUser) || blank(airflowPassword);
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
