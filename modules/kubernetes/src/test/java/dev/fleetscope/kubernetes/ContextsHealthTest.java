package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: a scripted MockWebServer as one healthy cluster, beside a context with a missing CA
 * file.
 */
class ContextsHealthTest {
  @TempDir Path dir;

  @Test
  void checksEveryContextAndReportsTheOneThatCannotConnect_MockWebServer() throws Exception {
    try (MockWebServer healthy = new MockWebServer()) {
      healthy.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              return new MockResponse.Builder()
                  .body("{\"gitVersion\":\"v1.34.1\",\"items\":[]}")
                  .build();
            }
          });
      healthy.start();
      Path config = dir.resolve("config");
      Files.writeString(
          config,
          """
          clusters:
          - {name: a, cluster: {server: "%s"}}
          - {name: b, cluster: {server: "https://b.example", certificate-authority: missing-ca.crt}}
          users: [{name: u, user: {token: t}}]
          contexts:
          - {name: prod, context: {cluster: a, user: u}}
          - {name: lab, context: {cluster: b, user: u}}
          """
              .formatted(healthy.url("/")));
      var connections =
          new Connections(new ClusterConnector(Kubeconfig.load(List.of(config)), true));
      List<ClusterHealth> strip = new ContextsHealth(connections, Clock.systemUTC()).checkAll();
      assertEquals(List.of("prod", "lab"), strip.stream().map(ClusterHealth::context).toList());
      assertTrue(strip.get(0).healthy());
      assertEquals("v1.34.1", strip.get(0).version().orElseThrow().gitVersion());
      assertFalse(strip.get(1).reachable());
      assertTrue(
          strip.get(1).problem().orElseThrow().startsWith("cannot connect: "),
          strip.get(1).problem().orElseThrow());
      assertTrue(
          strip.get(1).problem().orElseThrow().contains("missing-ca.crt"),
          strip.get(1).problem().orElseThrow());
    }
  }
}
