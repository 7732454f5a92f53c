package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: a scripted MockWebServer serving empty lists for every kind, except one Deployment, and
 * then a watch stream on Deployments that adds a second one; other watches stay open and quiet.
 */
class InventoryWatchTest {
  @TempDir Path dir;

  private static String deployment(String name) {
    return "{\"metadata\":{\"name\":\""
        + name
        + "\",\"namespace\":\"ml\",\"resourceVersion\":\"7\"},"
        + "\"spec\":{\"replicas\":1,\"template\":{\"spec\":{\"containers\":[{\"name\":\"api\"}]}}}}";
  }

  private MockWebServer server(boolean refuseWatches) throws IOException {
    AtomicInteger deploymentWatches = new AtomicInteger();
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            boolean deployments = path.equals("/apis/apps/v1/deployments");
            if (request.getUrl().queryParameter("watch") == null) {
              String items = deployments ? deployment("serving") : "";
              return new MockResponse.Builder()
                  .body("{\"metadata\":{\"resourceVersion\":\"5\"},\"items\":[" + items + "]}")
                  .build();
            }
            if (refuseWatches) {
              return new MockResponse.Builder()
                  .code(500)
                  .body("{\"message\":\"etcd unavailable\"}")
                  .build();
            }
            if (deployments && deploymentWatches.getAndIncrement() == 0) {
              return new MockResponse.Builder()
                  .body("{\"type\":\"ADDED\",\"object\":" + deployment("embedder") + "}\n")
                  .build();
            }
            return new MockResponse.Builder().body("").headersDelay(30, TimeUnit.SECONDS).build();
          }
        });
    server.start();
    return server;
  }

  @Test
  void aWorkloadCreatedAfterTheFirstListArrivesThroughTheWatch_MockWebServer() throws Exception {
    try (MockWebServer server = server(false);
        var source =
            new KubernetesFleetSource(
                TestKubeconfigs.connect(
                    TestKubeconfigs.withToken(dir, "prod", server.url("/").toString(), "t"),
                    "prod",
                    true),
                Clock.systemUTC())) {
      assertEquals(1, source.poll().workloads().count());
      WorkloadRef embedder = new WorkloadRef("prod", "ml", WorkloadKind.DEPLOYMENT, "embedder");
      boolean seen = false;
      for (long end = System.nanoTime() + 5_000_000_000L;
          !seen && System.nanoTime() < end;
          Thread.sleep(20)) {
        seen = source.poll().clusters().getFirst().workload(embedder).isPresent();
      }
      assertTrue(seen);
    }
  }

  @Test
  void failingWatchesMakeThePollFailSoTheClusterShowsStale_MockWebServer() throws Exception {
    try (MockWebServer server = server(true);
        var source =
            new KubernetesFleetSource(
                TestKubeconfigs.connect(
                    TestKubeconfigs.withToken(dir, "prod", server.url("/").toString(), "t"),
                    "prod",
                    true),
                Clock.systemUTC())) {
      source.poll();
      IOException failure = null;
      for (long end = System.nanoTime() + 5_000_000_000L;
          failure == null && System.nanoTime() < end;
          Thread.sleep(20)) {
        try {
          source.poll();
        } catch (IOException e) {
          failure = e;
        }
      }
      assertTrue(failure != null, "the poll reports the failing watches");
      assertTrue(failure.getMessage().startsWith("prod: watching "), failure.getMessage());
      assertTrue(failure.getMessage().contains("HTTP 500"), failure.getMessage());
    }
  }
}
