package dev.fleetscope.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stand-in: a scripted MockWebServer for paging, expired continue tokens and 410 Gone on watch. */
class ResourceMirrorTest {
  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private ResourceMirror mirror;

  @BeforeEach
  void start() throws Exception {
    server.start();
    mirror =
        new ResourceMirror(
            TestKubeconfigs.connect(
                TestKubeconfigs.withToken(dir, "prod", server.url("/").toString(), "t"),
                "prod",
                true),
            "/api/v1/pods",
            ResourceMirror.WATCH_LENGTH);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void answer(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).build());
  }

  private static String page(String continueToken, String version, String... names) {
    StringBuilder items = new StringBuilder();
    for (String name : names) {
      items.append(items.isEmpty() ? "" : ",").append(pod(name, version));
    }
    return "{\"metadata\":{\"resourceVersion\":\""
        + version
        + "\",\"continue\":\""
        + continueToken
        + "\"},\"items\":["
        + items
        + "]}";
  }

  private static String pod(String name, String version) {
    return "{\"metadata\":{\"name\":\""
        + name
        + "\",\"namespace\":\"ml\",\"resourceVersion\":\""
        + version
        + "\",\"managedFields\":[{\"manager\":\"kubelet\"}]}}";
  }

  private List<String> names() {
    return mirror.objects().stream().map(o -> o.at("/metadata/name").asText()).toList();
  }

  @Test
  void listsPageByPageWithLimitAndContinue_MockWebServer() throws Exception {
    answer(200, page("token-2", "100", "a", "b"));
    answer(200, page("", "100", "c"));
    mirror.list();
    assertEquals(List.of("a", "b", "c"), names());
    assertEquals("/api/v1/pods?limit=500", server.takeRequest().getTarget());
    assertEquals("/api/v1/pods?limit=500&continue=token-2", server.takeRequest().getTarget());
    JsonNode first = mirror.objects().getFirst();
    assertTrue(first.at("/metadata/managedFields").isMissingNode(), "managed fields are dropped");
  }

  @Test
  void restartsTheListWhenAContinueTokenExpires_MockWebServer() throws Exception {
    answer(200, page("token-2", "100", "a", "b"));
    answer(
        410,
        "{\"kind\":\"Status\",\"code\":410,\"reason\":\"Expired\",\"message\":\"continue token expired\"}");
    answer(200, page("", "120", "a", "c"));
    mirror.list();
    assertEquals(List.of("a", "c"), names());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void watchAppliesEventsAndAsksForAFreshListOn410Gone_MockWebServer() throws Exception {
    answer(200, page("", "100", "a", "b"));
    mirror.list();
    answer(
        200,
        "{\"type\":\"ADDED\",\"object\":"
            + pod("c", "101")
            + "}\n"
            + "{\"type\":\"DELETED\",\"object\":"
            + pod("a", "102")
            + "}\n"
            + "{\"type\":\"BOOKMARK\",\"object\":{\"metadata\":{\"resourceVersion\":\"150\"}}}\n"
            + "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"code\":410,\"reason\":\"Expired\",\"message\":\"too old resource version\"}}\n");
    assertFalse(mirror.watch(), "410 Gone: the mirror must be listed again");
    assertEquals(List.of("b", "c"), names());
    server.takeRequest();
    assertEquals(
        "/api/v1/pods?watch=true&allowWatchBookmarks=true&timeoutSeconds=300&resourceVersion=100",
        server.takeRequest().getTarget());
    answer(200, page("", "200", "b", "c", "d"));
    mirror.list();
    answer(200, "");
    assertTrue(mirror.watch(), "a watch the server simply ends is resumed, not relisted");
    server.takeRequest();
    assertEquals(
        "/api/v1/pods?watch=true&allowWatchBookmarks=true&timeoutSeconds=300&resourceVersion=200",
        server.takeRequest().getTarget());
  }

  @Test
  void aKindTheServerDoesNotServeIsAbsent_MockWebServer() throws Exception {
    answer(
        404,
        "{\"kind\":\"Status\",\"code\":404,\"message\":\"the server could not find the requested resource\"}");
    mirror.list();
    assertTrue(mirror.absent());
    assertEquals(List.of(), names());
  }
}
