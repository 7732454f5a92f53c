package dev.fleetscope.pipelines.kubeflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.testing.MutableClock;
import dev.fleetscope.pipelines.Responses;
import dev.fleetscope.pipelines.Settings;
import dev.fleetscope.pipelines.SpecServer;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.SourceException;
import dev.fleetscope.pipelines.kubeflow.KubeflowCatalog.Choice;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The pipelines, versions and experiments a person picks from, against MockWebServer with every
 * request checked against the saved Kubeflow Pipelines v2beta1 Swagger spec.
 */
class KubeflowCatalogTest {
  private static MockResponse kfp(RecordedRequest request) {
    return switch (request.getUrl().encodedPath()) {
      case "/apis/v2beta1/pipelines" ->
          Responses.json(
              Map.of(
                  "pipelines",
                  List.of(
                      Map.of("pipeline_id", "p-churn", "display_name", "churn-retrain"),
                      Map.of("pipeline_id", "p-rank", "display_name", "")),
                  "total_size",
                  140,
                  "next_page_token",
                  "page-2"));
      case "/apis/v2beta1/pipelines/p-churn/versions" ->
          Responses.json(
              Map.of(
                  "pipeline_versions",
                  List.of(
                      Map.of(
                          "pipeline_id", "p-churn",
                          "pipeline_version_id", "v-8",
                          "display_name", "churn-retrain v8"))));
      case "/apis/v2beta1/experiments" -> Responses.json(Map.of()); // none: KFP leaves the list out
      default -> Responses.json(404, Map.of("code", 5, "message", "pipeline not found"));
    };
  }

  private static KubeflowCatalog catalog(SpecServer server) {
    return new KubeflowCatalog(
        new Settings("kfp", "Kubeflow ml", new MutableClock(KubeflowSourceTest.NOW)).settings,
        server.url("/"),
        Credentials.bearerOrNone("kfp-token"),
        Optional.of("team-ml"));
  }

  @Test
  void listsNewestFirstInTheProfileNamespaceAndSaysWhenThereAreOlderOnes() throws Exception {
    try (SpecServer server = new SpecServer(KubeflowSourceTest.SPEC);
        KubeflowCatalog catalog = catalog(server.respond(KubeflowCatalogTest::kfp))) {
      KubeflowCatalog.Listing pipelines = catalog.pipelines();
      assertEquals(
          List.of(new Choice("p-churn", "churn-retrain"), new Choice("p-rank", "")),
          pipelines.choices());
      assertTrue(pipelines.more(), "140 on the server, one page read");
      assertEquals("churn-retrain (p-churn)", pipelines.choices().getFirst().label());
      assertEquals("p-rank", pipelines.choices().getLast().label());
      assertEquals(
          List.of(new Choice("v-8", "churn-retrain v8")), catalog.versions("p-churn").choices());
      KubeflowCatalog.Listing experiments = catalog.experiments();
      assertEquals(List.of(), experiments.choices());
      assertFalse(experiments.more());

      RecordedRequest first = server.requests("/apis/v2beta1/pipelines").getFirst();
      assertEquals("created_at desc", first.getUrl().queryParameter("sort_by"));
      assertEquals("100", first.getUrl().queryParameter("page_size"));
      assertEquals("team-ml", first.getUrl().queryParameter("namespace"));
      assertEquals("Bearer kfp-token", first.getHeaders().get("authorization"));
    }
  }

  @Test
  void anUnknownPipelineIsAnErrorNamingTheListing() throws Exception {
    try (SpecServer server = new SpecServer(KubeflowSourceTest.SPEC);
        KubeflowCatalog catalog = catalog(server.respond(KubeflowCatalogTest::kfp))) {
      SourceException e = assertThrows(SourceException.class, () -> catalog.versions("p-gone"));
      assertTrue(
          e.getMessage().contains("/apis/v2beta1/pipelines/p-gone/versions")
              && e.getMessage().contains("404"),
          e.getMessage());
    }
  }
}
