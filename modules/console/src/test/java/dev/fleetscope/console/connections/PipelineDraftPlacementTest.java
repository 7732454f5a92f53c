package dev.fleetscope.console.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fleetscope.console.connections.PrometheusDraft.InvalidDraft;
import dev.fleetscope.console.connections.PrometheusDraft.SecretInput;
import dev.fleetscope.console.connections.PrometheusDraft.SecretKind;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.connections.PipelineEntry.Kind;
import dev.fleetscope.runtime.connections.PipelinePlacement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The pipeline form's placement fields: turned into a {@link PipelinePlacement}, or refused naming
 * the field.
 */
class PipelineDraftPlacementTest {
  private static PipelineDraft airflow(String runsIn, String cluster, String labels) {
    return new PipelineDraft(
        Kind.AIRFLOW,
        "",
        "http://airflow:8080",
        "ops",
        new SecretInput(SecretKind.ENVIRONMENT, "AIRFLOW_PASSWORD"),
        "",
        "60",
        runsIn,
        cluster,
        labels);
  }

  @Test
  void theFieldsMakeAPlacementAndAnEntryFillsThemBack() {
    PipelineEntry entry =
        airflow(" ml-batch ", "prod", "workload-type=batch-pipeline, team = ml")
            .toEntry("airflow:airflow:8080");
    assertEquals(
        Optional.of(
            new PipelinePlacement(
                Optional.of("prod"),
                "ml-batch",
                Map.of("workload-type", "batch-pipeline", "team", "ml"))),
        entry.placement());
    PipelineDraft back = PipelineDraft.of(entry);
    assertEquals("ml-batch", back.runsIn());
    assertEquals("prod", back.cluster());
    assertEquals("team=ml, workload-type=batch-pipeline", back.labels());
  }

  @Test
  void blankFieldsMeanNoPlacementAndABlankClusterAnyCluster() {
    assertEquals(Optional.empty(), airflow("", " ", "").toEntry("a").placement());
    assertEquals(
        Optional.of(new PipelinePlacement(Optional.empty(), "ml-batch", Map.of())),
        airflow("ml-batch", "", "").toEntry("a").placement());
  }

  @Test
  void mistakesAreNamedByField() {
    assertEquals(
        "Runs in namespace: name the namespace the pipelines' pods run in, or clear cluster and labels",
        assertThrows(InvalidDraft.class, () -> airflow("", "prod", "").toEntry("a")).getMessage());
    assertEquals(
        "Labels: write labels as key=value, comma-separated; 'team' is not",
        assertThrows(InvalidDraft.class, () -> airflow("ml", "", "team").toEntry("a"))
            .getMessage());
    assertEquals(
        "Labels: write labels as key=value, comma-separated; '=ml' is not",
        assertThrows(InvalidDraft.class, () -> airflow("ml", "", "=ml").toEntry("a")).getMessage());
    assertEquals(
        "Runs in namespace: a namespace has no spaces, was 'ml batch'",
        assertThrows(InvalidDraft.class, () -> airflow("ml batch", "", "").toEntry("a"))
            .getMessage());
  }
}
