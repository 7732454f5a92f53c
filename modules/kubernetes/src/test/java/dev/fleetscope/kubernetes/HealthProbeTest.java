package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stand-in: a scripted MockWebServer answering /version, a pod list and a SelfSubjectAccessReview.
 */
class HealthProbeTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  private MockWebServer server(int podsCode, boolean allowedToPatch) throws Exception {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            requests.add(request.getMethod() + " " + request.getTarget());
            String path = request.getUrl().encodedPath();
            return switch (path) {
              case "/version" ->
                  new MockResponse.Builder()
                      .body(
                          "{\"major\":\"1\",\"minor\":\"33\",\"gitVersion\":\"v1.33.2-eks-1a2b\"}")
                      .build();
              case "/api/v1/pods" ->
                  new MockResponse.Builder()
                      .code(podsCode)
                      .body(
                          "{\"kind\":\"Status\",\"code\":"
                              + podsCode
                              + ",\"message\":\"Unauthorized\",\"items\":[]}")
                      .build();
              default ->
                  new MockResponse.Builder()
                      .body("{\"status\":{\"allowed\":" + allowedToPatch + "}}")
                      .build();
            };
          }
        });
    server.start();
    return server;
  }

  private ClusterHealth check(MockWebServer server, boolean readOnly) throws Exception {
    return new HealthProbe(CLOCK)
        .check(
            TestKubeconfigs.connect(
                TestKubeconfigs.withToken(dir, "prod", server.url("/").toString(), "t"),
                "prod",
                readOnly));
  }

  @Test
  void reportsVersionAndWhatRbacAllows_MockWebServer() throws Exception {
    try (MockWebServer server = server(200, true)) {
      ClusterHealth health = check(server, false);
      assertEquals(
          new ClusterHealth(
              "prod",
              true,
              true,
              ServerVersion.parse("v1.33.2-eks-1a2b"),
              Optional.of(true),
              Optional.of(true),
              Optional.empty(),
              CLOCK.instant()),
          health);
      assertTrue(health.healthy());
      assertTrue(health.version().orElseThrow().supportsInPlaceResize());
    }
  }

  @Test
  void anUnauthenticatedUserIsReachableButNotAuthenticated_MockWebServer() throws Exception {
    try (MockWebServer server = server(401, false)) {
      ClusterHealth health = check(server, false);
      assertTrue(health.reachable());
      assertFalse(health.authenticated());
      assertEquals(Optional.of("not authenticated: Unauthorized"), health.problem());
    }
  }

  @Test
  void readOnlyHealthAsksNoAccessReviewBecauseThatIsAPost_MockWebServer() throws Exception {
    try (MockWebServer server = server(200, true)) {
      ClusterHealth health = check(server, true);
      assertEquals(Optional.empty(), health.canPatch());
      assertEquals(List.of("GET /version", "GET /api/v1/pods?limit=1"), requests);
    }
  }

  @Test
  void aServerThatIsDownIsUnreachable() throws Exception {
    MockWebServer server = server(200, true);
    String url = server.url("/").toString();
    server.close();
    ClusterHealth health =
        new HealthProbe(CLOCK)
            .check(
                TestKubeconfigs.connect(
                    TestKubeconfigs.withToken(dir, "prod", url, "t"), "prod", false));
    assertFalse(health.reachable());
    assertTrue(
        health
            .problem()
            .orElseThrow()
            .startsWith("unreachable: " + url.substring(0, url.length() - 1)),
        health.problem().orElseThrow());
  }
}
