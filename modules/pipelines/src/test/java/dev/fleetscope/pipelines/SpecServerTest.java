package dev.fleetscope.pipelines;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.pipelines.http.Backoff;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.JsonHttp;
import java.time.Clock;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The spec check itself can fail: requests the specs do not allow are reported. */
class SpecServerTest {
  private static void get(SpecServer server, String pathAndQuery) throws Exception {
    new JsonHttp(
            "test",
            new OkHttpClient(),
            Deadlines.DEFAULT,
            Credentials.bearerOrNone("t"),
            Backoff.DEFAULT,
            Clock.systemUTC())
        .get(server.url(pathAndQuery));
  }

  @Test
  void rejectsAnUnknownQueryParameterAndAWronglyTypedOne() throws Exception {
    SpecServer server =
        new SpecServer("kubeflow-pipelines-v2beta1-kfp_api_single_file.swagger.json")
            .respond(r -> Responses.json(Map.of("runs", java.util.List.of())));
    get(server, "/apis/v2beta1/runs?page_size=many&updated_since=yesterday");
    AssertionError e = assertThrows(AssertionError.class, server::close);
    assertTrue(
        e.getMessage().contains("Query parameter 'updated_since' is unexpected"), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains("does not match any allowed primitive type (allowed: [\"integer\"])"),
        e.getMessage());
  }

  @Test
  void rejectsAPathNoSpecHas() throws Exception {
    SpecServer server =
        new SpecServer("argo-workflows-server.swagger.json").respond(r -> Responses.json(Map.of()));
    get(server, "/api/v1/workflowz/ml");
    AssertionError e = assertThrows(AssertionError.class, server::close);
    assertTrue(e.getMessage().contains("matches no path of the specs"), e.getMessage());
  }
}
