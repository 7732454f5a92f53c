package dev.fleetscope.runtime.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.pipeline.PipelineRun;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.pipelines.airflow.AirflowSource;
import dev.fleetscope.pipelines.argo.ArgoSource;
import dev.fleetscope.pipelines.kubeflow.KubeflowSource;
import dev.fleetscope.pipelines.live.PipelineMonitor;
import dev.fleetscope.pipelines.live.RunAlerts;
import dev.fleetscope.runtime.connections.KubeconfigEntry;
import dev.fleetscope.runtime.connections.MissingSecretException;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.connections.PipelineEntry.Kind;
import dev.fleetscope.runtime.connections.SecretRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved pipeline connections made into sources: each kind, secrets read at the first poll, a
 * missing one named.
 */
class ConfiguredPipelinesTest {
  @TempDir Path dir;

  private ConfiguredPipelines configured(Map<String, String> environment) {
    return new ConfiguredPipelines(
        environment,
        dir,
        Clock.systemUTC(),
        () -> List.of(KubeconfigEntry.of(dir.resolve("config"))));
  }

  private static PipelineEntry airflow(String url, SecretRef password) {
    return new PipelineEntry(
        "airflow:lab",
        Kind.AIRFLOW,
        "Lab Airflow",
        url,
        Optional.of("ops"),
        Optional.of(password),
        List.of(),
        Duration.ofSeconds(30));
  }

  @Test
  void buildsEachKindWithItsIdNameAndInterval() throws Exception {
    LabKubeconfig.write(dir, "https://127.0.0.1:6443");
    ConfiguredPipelines configured = configured(Map.of("AIRFLOW_PASSWORD", "pw"));
    PipelineSource airflow =
        configured.connect(
            airflow("http://airflow:8080", new SecretRef.InEnvironment("AIRFLOW_PASSWORD")));
    assertInstanceOf(AirflowSource.class, airflow);
    assertEquals(
        List.of("airflow:lab", "Lab Airflow", Duration.ofSeconds(30)),
        List.of(airflow.id(), airflow.displayName(), airflow.interval()));
    assertInstanceOf(
        KubeflowSource.class,
        configured.connect(
            new PipelineEntry(
                "kfp",
                Kind.KUBEFLOW,
                "",
                "https://kfp",
                Optional.empty(),
                Optional.empty(),
                List.of("team-a"),
                Duration.ofMinutes(1))));
    PipelineSource server =
        configured.connect(
            new PipelineEntry(
                "argo",
                Kind.ARGO_SERVER,
                "",
                "https://argo:2746",
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Duration.ofMinutes(1)));
    assertInstanceOf(ArgoSource.class, server);
    assertEquals("Argo Server https://argo:2746", server.displayName());
    PipelineSource context =
        configured.connect(
            new PipelineEntry(
                "argo-context:lab",
                Kind.ARGO_CONTEXT,
                "",
                "lab",
                Optional.empty(),
                Optional.empty(),
                List.of("ml"),
                Duration.ofMinutes(1)));
    assertInstanceOf(ArgoSource.class, context);
    assertEquals("Argo lab", context.displayName());
  }

  @Test
  void anAirflowPollsWithThePasswordReadFromItsFile() throws Exception {
    Instant start =
        Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    try (MockAirflow server =
        new MockAirflow()
            .run("features_nightly", "scheduled__1", "success", start, start.plusSeconds(600))) {
      Path password = Files.writeString(dir.resolve("airflow-password"), "s3cret\n");
      PipelineSource source =
          configured(Map.of())
              .sources(List.of(airflow(server.url(), new SecretRef.InFile(password))))
              .getFirst();

      List<PipelineRun> runs = source.poll();

      assertEquals(1, runs.size());
      assertEquals(
          List.of("features_nightly", "airflow:lab", RunState.SUCCEEDED.name()),
          List.of(
              runs.getFirst().pipeline(),
              runs.getFirst().source(),
              runs.getFirst().state().name()));
      assertEquals(
          "Basic b3BzOnMzY3JldA==",
          server.authorizations().getFirst(),
          "base64(ops:s3cret), the file's line end stripped");
    }
  }

  @Test
  void aMissingSecretFailsThatSourceWithTheReasonAndNothingElse() throws Exception {
    List<PipelineSource> sources =
        configured(Map.of())
            .sources(
                List.of(
                    airflow("http://127.0.0.1:1", new SecretRef.InEnvironment("AIRFLOW_PASSWORD")),
                    new PipelineEntry(
                        "kfp",
                        Kind.KUBEFLOW,
                        "Team KFP",
                        "http://127.0.0.1:1",
                        Optional.empty(),
                        Optional.of(new SecretRef.InFile(dir.resolve("no-such-token"))),
                        List.of(),
                        Duration.ofMinutes(1))));
    assertTrue(
        sources.stream().allMatch(s -> s.getClass() == DeferredPipelineSource.class),
        "listing reads no secret");

    Exception airflow = assertThrows(Exception.class, sources.get(0)::poll);
    assertEquals(
        "Lab Airflow: password: the environment variable AIRFLOW_PASSWORD is not set",
        airflow.getMessage());
    assertInstanceOf(MissingSecretException.class, airflow.getCause());
    assertEquals(
        "Team KFP: token: the secret file " + dir.resolve("no-such-token") + " does not exist",
        assertThrows(Exception.class, sources.get(1)::poll).getMessage());

    try (PipelineMonitor monitor =
        new PipelineMonitor(
            sources,
            Clock.systemUTC(),
            new RunAlerts(Instant.now(), Duration.ZERO),
            (board, alerts) -> {})) {
      monitor.poll("airflow:lab");
      SourceStatus status = monitor.board().source("airflow:lab").orElseThrow();
      assertEquals(SourceState.FAILED, status.state());
      assertEquals(
          Optional.of(
              "Lab Airflow: password: the environment variable AIRFLOW_PASSWORD is not set"),
          status.message());
    }
  }

  @Test
  void anArgoContextNoKubeconfigHasIsNamed() {
    PipelineEntry entry =
        new PipelineEntry(
            "argo-context:prod",
            Kind.ARGO_CONTEXT,
            "",
            "prod",
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Duration.ofMinutes(1));
    Exception e =
        assertThrows(IllegalArgumentException.class, () -> configured(Map.of()).connect(entry));
    assertTrue(
        e.getMessage()
            .startsWith("no kubeconfig has the context prod; looked in " + dir.resolve("config")),
        e.getMessage());
  }
}
