package dev.fleetscope.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code fleetscope update --check} against release feeds served on loopback by MockWebServer. */
class UpdateCommandTest {
  private static final String PAGE = "https://github.com/fleetscope/fleetscope/releases/tag/";

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

  private static String release(String tag, boolean prerelease, boolean draft) {
    return """
        {"tag_name":"%s","html_url":"%s%s","prerelease":%s,"draft":%s,
         "published_at":"2026-12-01T10:00:00Z","assets":[]}"""
        .formatted(tag, PAGE, tag, prerelease, draft);
  }

  private void serve(String... releases) {
    server.enqueue(new MockResponse.Builder().body("[" + String.join(",", releases) + "]").build());
  }

  private CliTestSupport.Result update(String... more) {
    String[] args = new String[more.length + 3];
    args[0] = "--check";
    args[1] = "--feed";
    args[2] = feed.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return CliTestSupport.run(new UpdateCommand(CliTestSupport.HOST), args);
  }

  private static String running() {
    return VersionProvider.version();
  }

  @Test
  void aNewerReleaseInJsonWithItsPage() {
    serve(release("v99.0.0", false, false), release("v" + running(), false, false));

    CliTestSupport.Result r = update("--format", "json");

    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "{\"current\":\""
            + running()
            + "\",\"latest\":\"99.0.0\",\"newer\":true,\"url\":\""
            + PAGE
            + "v99.0.0\"}",
        r.out().strip());
  }

  @Test
  void theSameVersionIsUpToDateInTheTable() {
    serve(release("v" + running(), false, false));

    CliTestSupport.Result r = update();

    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().strip().split("\\R");
    assertEquals(2, lines.length, r.out());
    assertTrue(lines[0].matches("CURRENT +LATEST +NEWER +PAGE"), lines[0]);
    assertTrue(
        lines[1].matches(".*" + running() + " +" + running() + " +no +" + PAGE + ".*"), r.out());
  }

  @Test
  void anOlderFeedIsNotNewer() {
    serve(release("v0.0.1", false, false));

    CliTestSupport.Result r = update("--format", "json");

    assertTrue(r.out().contains("\"latest\":\"0.0.1\",\"newer\":false"), r.out());
  }

  @Test
  void preReleasesAndDraftsAreLeftOutUnlessAskedForAndTheOutputSaysWhy() {
    serve(release("v99.0.0-rc.1", true, false), release("v100.0.0", false, true));

    CliTestSupport.Result r = update("--format", "json");

    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"latest\":null,\"newer\":false,\"url\":null"), r.out());
    assertTrue(r.err().contains("1 drafts, 1 pre-releases"), r.err());

    serve(release("v99.0.0-rc.1", true, false), release("v100.0.0", false, true));
    CliTestSupport.Result withPre = update("--format", "json", "--pre-releases");
    assertTrue(withPre.out().contains("\"latest\":\"99.0.0-rc.1\",\"newer\":true"), withPre.out());
  }

  @Test
  void aMalformedFeedIsOneLineNamingTheUrl() {
    server.enqueue(new MockResponse.Builder().body("{\"message\":\"Not Found\"}").build());

    CliTestSupport.Result r = update();

    assertEquals(ExitCode.SOURCE_FAILED, r.exitCode());
    assertEquals("", r.out());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains(feed.toString()) && r.err().contains("not a list"), r.err());
  }

  @Test
  void anErrorStatusNamesTheUrlAndTheStatus() {
    server.enqueue(new MockResponse.Builder().code(503).body("down for maintenance").build());

    CliTestSupport.Result r = update();

    assertEquals(ExitCode.SOURCE_FAILED, r.exitCode());
    assertTrue(r.err().contains(feed + " answered 503"), r.err());
  }

  @Test
  void anUnreachableFeedNamesTheUrl() {
    server.close();

    CliTestSupport.Result r = update();

    assertEquals(ExitCode.SOURCE_FAILED, r.exitCode());
    assertTrue(r.err().startsWith("fleetscope update: release feed " + feed), r.err());
    assertTrue(r.err().contains("could not be reached"), r.err());
  }

  @Test
  void withoutCheckOrWithABadFeedItIsAUsageError() {
    assertEquals(2, CliTestSupport.run(new UpdateCommand(CliTestSupport.HOST)).exitCode());
    CliTestSupport.Result bad =
        CliTestSupport.run(new UpdateCommand(CliTestSupport.HOST), "--check", "--feed", "nowhere");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("--feed: 'nowhere' is not an http(s) URL"), bad.err());
    assertEquals(0, server.getRequestCount());
  }
}
