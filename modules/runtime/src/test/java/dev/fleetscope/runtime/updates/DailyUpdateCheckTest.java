package dev.fleetscope.runtime.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.updates.UpdateStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's once-a-day check against a release feed served on loopback by MockWebServer. */
class DailyUpdateCheckTest {
  static final String FEED =
      """
      [{"tag_name":"v0.2.0","html_url":"https://github.com/fleetscope/fleetscope/releases/tag/v0.2.0",
        "prerelease":false,"draft":false,"published_at":"2026-12-01T10:00:00Z","assets":[]},
       {"tag_name":"v0.1.0","html_url":"https://github.com/fleetscope/fleetscope/releases/tag/v0.1.0",
        "prerelease":false,"draft":false,"published_at":"2026-11-01T10:00:00Z","assets":[]}]
      """;
  private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

  @TempDir Path folder;
  private MockWebServer server;
  private HttpUrl feed;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    feed = server.url("/repos/fleetscope/fleetscope/releases");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private DailyUpdateCheck at(Instant now, String running) {
    Host host = Host.at(new AppDirs(folder, folder)).withClock(Clock.fixed(now, ZoneOffset.UTC));
    return DailyUpdateCheck.of(host, running, feed);
  }

  private void serveFeed() {
    server.enqueue(new MockResponse.Builder().body(FEED).build());
  }

  @Test
  void tellsOfANewerReleaseAndRemembersWhenItAsked() {
    serveFeed();

    UpdateStatus status = at(NOW, "0.1.0").newerReleaseIfDue().orElseThrow();

    assertEquals("0.2.0", status.latest().orElseThrow().version().orElseThrow().toString());
    assertEquals(Optional.of(NOW), new LastUpdateCheck(new AppDirs(folder, folder)).read());
  }

  @Test
  void asksAtMostOnceADay() {
    serveFeed();
    serveFeed();
    at(NOW, "0.1.0").newerReleaseIfDue();

    assertEquals(Optional.empty(), at(NOW.plus(Duration.ofHours(23)), "0.1.0").newerReleaseIfDue());
    assertEquals(1, server.getRequestCount(), "not asked again within the day");

    assertTrue(at(NOW.plus(Duration.ofDays(1)), "0.1.0").newerReleaseIfDue().isPresent());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void saysNothingWhenTheRunningVersionIsTheLatest() {
    serveFeed();

    assertEquals(Optional.empty(), at(NOW, "0.2.0").newerReleaseIfDue());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void isSilentWhenOfflineAndDoesNotAskAgainThatDay() {
    server.close(); // nothing listens on the port any more

    assertEquals(Optional.empty(), at(NOW, "0.1.0").newerReleaseIfDue());
    assertEquals(Optional.of(NOW), new LastUpdateCheck(new AppDirs(folder, folder)).read());
  }

  @Test
  void isSilentAboutAMalformedFeedOrAnErrorStatus() {
    server.enqueue(new MockResponse.Builder().body("{\"message\":\"not a list\"}").build());
    assertEquals(Optional.empty(), at(NOW, "0.1.0").newerReleaseIfDue());

    server.enqueue(new MockResponse.Builder().code(503).build());
    assertEquals(Optional.empty(), at(NOW.plus(Duration.ofDays(1)), "0.1.0").newerReleaseIfDue());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void anUnreadableStateFileMeansACheckIsDue() throws Exception {
    Files.writeString(folder.resolve(LastUpdateCheck.FILE_NAME), "{\"lastCheck\":\"yesterday\"");
    serveFeed();

    assertTrue(at(NOW, "0.1.0").newerReleaseIfDue().isPresent());
  }

  @Test
  void aBuildWithoutAVersionNeverAsks() {
    DailyUpdateCheck check = at(NOW, "unknown");

    assertTrue(check.isOff());
    assertEquals(Optional.empty(), check.newerReleaseIfDue());
    assertEquals(0, server.getRequestCount());
  }
}
