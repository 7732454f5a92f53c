package dev.fleetscope.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A release feed served on loopback by MockWebServer, in GitHub's "list releases" format. */
class UpdateCheckerTest {
  private MockWebServer server;
  private HttpUrl feed;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    feed = server.url("/repos/fleetscope/fleetscope/releases");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void findsANewerReleaseAndItsPage() throws Exception {
    serve("/github/releases.json");

    UpdateStatus status = check("0.1.0");

    assertTrue(status.newer());
    assertEquals("0.2.0", status.latest().orElseThrow().version().orElseThrow().toString());
    assertEquals(
        "{\"current\":\"0.1.0\",\"latest\":\"0.2.0\",\"newer\":true,"
            + "\"url\":\"https://github.com/fleetscope/fleetscope/releases/tag/v0.2.0\"}",
        status.json());
    assertEquals(3, status.latest().orElseThrow().assets().size());
  }

  @Test
  void sendsGitHubsAcceptHeaderAndNamesItselfInTheUserAgent() throws Exception {
    serve("/github/releases.json");

    check("0.1.0");

    RecordedRequest request = server.takeRequest();
    assertEquals("application/vnd.github+json", request.getHeaders().get("Accept"));
    assertEquals("Fleetscope/0.1.0", request.getHeaders().get("User-Agent"));
  }

  @Test
  void theSameVersionIsNotNewer() throws Exception {
    serve("/github/releases.json");

    UpdateStatus status = check("v0.2.0");

    assertFalse(status.newer());
    assertEquals("0.2.0", status.latest().orElseThrow().version().orElseThrow().toString());
  }

  @Test
  void aRunningVersionAheadOfTheFeedIsNotOffered() throws Exception {
    serve("/github/releases.json");

    UpdateStatus status = check("0.3.0");

    assertFalse(status.newer());
    assertTrue(status.json().contains("\"latest\":\"0.2.0\",\"newer\":false"), status.json());
  }

  @Test
  void ignoresDraftsPreReleasesAndTagsThatAreNotVersions() throws Exception {
    serve("/github/releases.json");

    UpdateStatus status = check("0.2.0");

    // The feed's v0.4.0 is a draft, v0.3.0-rc.1 a pre-release and "nightly" no version.
    assertFalse(status.newer());
    assertEquals(new UpdateStatus.Skipped(1, 1, 1), status.skipped());
  }

  @Test
  void offersAPreReleaseOnlyWhenAskedTo() throws Exception {
    serve("/github/prereleases-only.json");
    serve("/github/prereleases-only.json");

    UpdateStatus stable = checker().check(Version.parse("0.2.0"), false);
    UpdateStatus any = checker().check(Version.parse("0.2.0"), true);

    assertTrue(stable.latest().isEmpty());
    assertFalse(stable.newer());
    assertEquals(
        "{\"current\":\"0.2.0\",\"latest\":null,\"newer\":false,\"url\":null}", stable.json());
    assertTrue(stable.summary().contains("1 drafts, 1 pre-releases"), stable.summary());
    assertTrue(any.newer());
    assertEquals("0.3.0-rc.1", any.latest().orElseThrow().version().orElseThrow().toString());
  }

  @Test
  void aFeedThatIsNotJsonIsAnErrorNamingTheUrlAndWhere() {
    server.enqueue(new MockResponse.Builder().body("<html>rate limited</html>").build());

    var e = assertThrows(UpdateCheckException.class, () -> check("0.1.0"));

    assertTrue(e.getMessage().startsWith("release feed " + feed + " is not JSON"), e.getMessage());
    assertTrue(e.getMessage().contains("(line 1, column 1)"), e.getMessage());
  }

  @Test
  void aReleaseWithoutATagIsAnErrorNamingWhichRelease() {
    server.enqueue(
        new MockResponse.Builder()
            .body("[{\"tag_name\":\"v1.0.0\",\"html_url\":\"https://x.test/1\"},{\"draft\":false}]")
            .build());

    var e = assertThrows(UpdateCheckException.class, () -> check("0.1.0"));

    assertEquals(
        "release feed " + feed + " is malformed: release 2 has no \"tag_name\"", e.getMessage());
  }

  @Test
  void anObjectInsteadOfAListIsAnError() {
    server.enqueue(new MockResponse.Builder().body("{\"releases\":[]}").build());

    var e = assertThrows(UpdateCheckException.class, () -> check("0.1.0"));

    assertTrue(e.getMessage().endsWith("expected a JSON array, found object"), e.getMessage());
  }

  @Test
  void anErrorStatusIsReportedWithTheUrlAndGitHubsMessage() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .body("{\"message\":\"Not Found\",\"status\":\"404\"}")
            .build());

    var e = assertThrows(UpdateCheckException.class, () -> check("0.1.0"));

    assertEquals(
        "release feed "
            + feed
            + " answered 404 Client Error: {\"message\":\"Not Found\",\"status\":\"404\"}",
        e.getMessage());
  }

  @Test
  void anUnreachableFeedIsAnErrorNamingTheUrl() throws Exception {
    HttpUrl closed = feed;
    server.close();

    var e =
        assertThrows(
            UpdateCheckException.class,
            () -> checker(closed, UpdateChecker.DEADLINE).check(Version.parse("0.1.0"), false));

    assertTrue(
        e.getMessage().startsWith("release feed " + closed + " could not be reached: "),
        e.getMessage());
  }

  @Test
  void aFeedSlowerThanTheDeadlineIsAnErrorSayingSo() {
    server.enqueue(
        new MockResponse.Builder().body("[]").headersDelay(30, TimeUnit.SECONDS).build());

    var e =
        assertThrows(
            UpdateCheckException.class,
            () -> checker(feed, Duration.ofMillis(300)).check(Version.parse("0.1.0"), false));

    assertEquals("release feed " + feed + " did not answer within 300 ms", e.getMessage());
  }

  private UpdateStatus check(String current) throws UpdateCheckException {
    return checker().check(Version.parse(current), false);
  }

  private UpdateChecker checker() {
    return checker(feed, UpdateChecker.DEADLINE);
  }

  private static UpdateChecker checker(HttpUrl url, Duration deadline) {
    return new UpdateChecker(new OkHttpClient(), url, deadline);
  }

  private void serve(String resource) throws IOException {
    try (InputStream in = UpdateCheckerTest.class.getResourceAsStream(resource)) {
      server.enqueue(
          new MockResponse.Builder()
              .body(new String(in.readAllBytes(), StandardCharsets.UTF_8))
              .build());
    }
  }
}
