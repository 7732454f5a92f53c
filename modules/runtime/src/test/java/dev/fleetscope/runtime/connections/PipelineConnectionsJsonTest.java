package dev.fleetscope.runtime.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.connections.PipelineEntry.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipeline sources in {@code connections.json}: saved and read back, older files, and mistakes
 * named.
 */
class PipelineConnectionsJsonTest {
  @TempDir Path dir;

  static PipelineEntry airflow() {
    return new PipelineEntry(
        "airflow:airflow:8080",
        Kind.AIRFLOW,
        "Airflow prod",
        "http://airflow:8080",
        Optional.of("ops"),
        Optional.of(new SecretRef.InEnvironment("AIRFLOW_PASSWORD")),
        List.of(),
        Duration.ofSeconds(30));
  }

  static List<PipelineEntry> everyKind() {
    return List.of(
        airflow(),
        new PipelineEntry(
            "kubeflow:kfp:8888",
            Kind.KUBEFLOW,
            "",
            "https://kfp:8888",
            Optional.empty(),
            Optional.of(new SecretRef.InFile(Path.of("/run/secrets/kfp-token"))),
            List.of("team-a"),
            PipelineEntry.DEFAULT_INTERVAL),
        new PipelineEntry(
            "argo-server:argo:2746",
            Kind.ARGO_SERVER,
            "Argo",
            "https://argo:2746",
            Optional.empty(),
            Optional.empty(),
            List.of("argo", "ml"),
            Duration.ofMinutes(2)),
        new PipelineEntry(
            "argo-context:lab",
            Kind.ARGO_CONTEXT,
            "",
            "lab",
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Duration.ofSeconds(15)));
  }

  @Test
  void everyKindIsSavedAndReadBackEqualBesideTheOtherConnections() throws Exception {
    SavedConnections saved =
        SavedConnections.NONE.withKubeconfig(KubeconfigEntry.ENVIRONMENT.withContext("prod", true));
    for (PipelineEntry entry : everyKind()) {
      saved = saved.withPipeline(entry);
    }
    ConnectionsStore store = new ConnectionsStore(new AppDirs(dir, dir));
    store.save(saved);

    SavedConnections loaded = new ConnectionsStore(new AppDirs(dir, dir)).load();
    assertEquals(saved, loaded);
    assertEquals(4, loaded.pipelines().size());
    assertEquals(
        "Kubeflow Pipelines https://kfp:8888",
        loaded.pipelines().get(1).name(),
        "the name defaults from the kind and URL");
    assertEquals(List.of("argo"), loaded.pipelines().get(3).argoNamespaces());
  }

  @Test
  void aPlacementIsSavedAndReadBackAndWrittenAsAnObject() throws Exception {
    PipelineEntry placed =
        new PipelineEntry(
            "airflow:airflow:8080",
            Kind.AIRFLOW,
            "Airflow prod",
            "http://airflow:8080",
            Optional.of("ops"),
            Optional.of(new SecretRef.InEnvironment("AIRFLOW_PASSWORD")),
            List.of(),
            Duration.ofSeconds(30),
            Optional.of(
                new PipelinePlacement(
                    Optional.of("prod"),
                    "feature-store",
                    Map.of("workload-type", "batch-pipeline", "team", "ml"))));
    PipelineEntry anywhere =
        new PipelineEntry(
            "argo-server:argo:2746",
            Kind.ARGO_SERVER,
            "Argo",
            "https://argo:2746",
            Optional.empty(),
            Optional.empty(),
            List.of("ml"),
            Duration.ofMinutes(2),
            Optional.of(new PipelinePlacement(Optional.empty(), "ml", Map.of())));
    SavedConnections saved = SavedConnections.NONE.withPipeline(placed).withPipeline(anywhere);
    new ConnectionsStore(new AppDirs(dir, dir)).save(saved);

    assertEquals(saved, new ConnectionsStore(new AppDirs(dir, dir)).load());
    String json = Files.readString(dir.resolve("connections.json")).replaceAll("\\s+", " ");
    assertTrue(
        json.contains(
            "\"placement\" : { \"namespace\" : \"feature-store\", \"cluster\" : \"prod\", "
                + "\"labels\" : { \"team\" : \"ml\", \"workload-type\" : \"batch-pipeline\" } }"),
        json);
    assertTrue(json.contains("\"placement\" : { \"namespace\" : \"ml\" }"), json);
  }

  @Test
  void anEntryFromBeforePlacementsLoadsWithNone() {
    SavedConnections loaded =
        ConnectionsJson.read(
            """
        {"version": 1, "pipelines": [{"id": "airflow:a:8080", "kind": "airflow", "url": "http://a:8080", "user": "ops",
                                      "password": {"env": "P"}, "intervalSeconds": 60}]}
        """,
            "connections.json");
    assertEquals(Optional.empty(), loaded.pipelines().getFirst().placement());
    assertEquals(Optional.empty(), loaded.pipelines().getFirst().effectivePlacement());
  }

  @Test
  void anArgoContextsPlacementDefaultsToItsClusterAndFirstSavedNamespace() {
    PipelineEntry listed =
        new PipelineEntry(
            "argo-context:lab",
            Kind.ARGO_CONTEXT,
            "",
            "lab",
            Optional.empty(),
            Optional.empty(),
            List.of("ml-batch", "ml-eval"),
            Duration.ofSeconds(15));
    assertEquals(
        Optional.of(new PipelinePlacement(Optional.of("lab"), "ml-batch", Map.of())),
        listed.effectivePlacement());
    PipelineEntry implicitArgo =
        new PipelineEntry(
            "argo-context:lab",
            Kind.ARGO_CONTEXT,
            "",
            "lab",
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Duration.ofSeconds(15));
    assertEquals(
        Optional.empty(),
        implicitArgo.effectivePlacement(),
        "argo itself is where the controller runs");
    PipelineEntry placed =
        new PipelineEntry(
            "argo-context:lab",
            Kind.ARGO_CONTEXT,
            "",
            "lab",
            Optional.empty(),
            Optional.empty(),
            List.of("ml-batch"),
            Duration.ofSeconds(15),
            Optional.of(new PipelinePlacement(Optional.empty(), "scoring", Map.of("a", "b"))));
    assertEquals(
        Optional.of(new PipelinePlacement(Optional.of("lab"), "scoring", Map.of("a", "b"))),
        placed.effectivePlacement());
    assertEquals(
        Optional.of(new PipelinePlacement(Optional.empty(), "scoring", Map.of("a", "b"))),
        placed.placement(),
        "what is saved is what the user gave");
  }

  @Test
  void onlyWhereTheSecretIsIsWritten() {
    String json = ConnectionsJson.write(SavedConnections.NONE.withPipeline(airflow()));
    assertTrue(
        json.contains("\"password\" : {\n      \"env\" : \"AIRFLOW_PASSWORD\"\n    }"), json);
    assertTrue(json.contains("\"user\" : \"ops\""), json);
    assertTrue(json.contains("\"intervalSeconds\" : 30"), json);
  }

  @Test
  void aFileFromBeforePipelineSourcesStillLoads() {
    String old =
        """
        {"version": 1, "demoFleet": false,
         "prometheus": [],
         "kubeconfigs": [{"environment": true, "enabledContexts": ["prod"]}]}
        """;
    SavedConnections loaded = ConnectionsJson.read(old, "connections.json");
    assertEquals(List.of(), loaded.pipelines());
    assertEquals(List.of("prod"), loaded.kubeconfigs().getFirst().enabledContexts());
    assertFalse(loaded.demoFleet());
  }

  @Test
  void removingASourceLeavesTheOthers() {
    SavedConnections saved = SavedConnections.NONE;
    for (PipelineEntry entry : everyKind()) {
      saved = saved.withPipeline(entry);
    }
    SavedConnections fewer = saved.withoutPipeline("kubeflow:kfp:8888");
    assertEquals(
        List.of("airflow:airflow:8080", "argo-server:argo:2746", "argo-context:lab"),
        fewer.pipelines().stream().map(PipelineEntry::id).toList());
  }

  @Test
  void aMalformedEntryIsNamedWithTheFileAndItsPlace() {
    assertEquals(
        "/home/me/connections.json, pipeline source 2: Airflow needs a user and where its password is",
        readError(
            "[{\"id\": \"argo-context:lab\", \"kind\": \"argo-context\", \"context\": \"lab\"},"
                + " {\"id\": \"a\", \"kind\": \"airflow\", \"url\": \"http://a:8080\", \"password\": {\"env\": \"P\"}}]"));
    assertEquals(
        "/home/me/connections.json, pipeline source 1: \"kind\" must be airflow, kubeflow, argo-server or argo-context, was 'jenkins'",
        readError("[{\"id\": \"j\", \"kind\": \"jenkins\", \"url\": \"http://j\"}]"));
    assertEquals(
        "/home/me/connections.json, pipeline source 1, token: Fleetscope keeps no secret in its files; put it in a file "
            + "({\"file\": \"/path\"}) or an environment variable ({\"env\": \"NAME\"})",
        readError(
            "[{\"id\": \"k\", \"kind\": \"kubeflow\", \"url\": \"http://k\", \"token\": {\"inline\": \"abc\"}}]"));
    assertEquals(
        "/home/me/connections.json, pipeline source 1: poll at most every 5 s, was 1 s",
        readError(
            "[{\"id\": \"k\", \"kind\": \"kubeflow\", \"url\": \"http://k\", \"intervalSeconds\": 1}]"));
    assertEquals("/home/me/connections.json: \"pipelines\" must be an array", readError("{}"));
    assertEquals(
        "/home/me/connections.json, pipeline source 1, placement: a placement needs a namespace",
        readError(
            "[{\"id\": \"k\", \"kind\": \"kubeflow\", \"url\": \"http://k\", \"placement\": {\"cluster\": \"prod\"}}]"));
    assertEquals(
        "/home/me/connections.json, pipeline source 1, placement: \"labels\" must be an object of label names to values",
        readError(
            "[{\"id\": \"k\", \"kind\": \"kubeflow\", \"url\": \"http://k\", \"placement\": {\"namespace\": \"ml\", \"labels\": [\"team=ml\"]}}]"));
    assertEquals(
        "/home/me/connections.json, pipeline source 1, placement: unknown field 'selector'; known are "
            + ConnectionsJson.PLACEMENT_FIELDS,
        readError(
            "[{\"id\": \"k\", \"kind\": \"kubeflow\", \"url\": \"http://k\", \"placement\": {\"namespace\": \"ml\", \"selector\": \"x\"}}]"));
  }

  @Test
  void aMalformedFileIsSetAsideAndSaysWhy() throws Exception {
    Files.writeString(
        dir.resolve("connections.json"),
        "{\"version\": 1, \"pipelines\": [{\"id\": \"x\", \"kind\": \"argo-server\"}]}");
    ConnectionsStore store = new ConnectionsStore(new AppDirs(dir, dir));
    assertEquals(SavedConnections.NONE, store.load());
    String problem = store.problem().orElseThrow();
    assertTrue(
        problem.contains(
            "("
                + dir.resolve("connections.json")
                + ", pipeline source 1: Argo Server needs a URL)"),
        problem);
  }

  private static String readError(String pipelines) {
    String json = "{\"version\": 1, \"pipelines\": " + pipelines + "}";
    return assertThrows(
            IllegalArgumentException.class,
            () -> ConnectionsJson.read(json, "/home/me/connections.json"))
        .getMessage();
  }
}
