package dev.fleetscope.updates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseFeedTest {

  @Test
  void readsEveryFieldAnUpdateCheckUses() throws Exception {
    List<Release> releases = ReleaseFeed.parse("feed", resource("/github/releases.json"));

    assertEquals(
        List.of("v0.4.0", "v0.3.0-rc.1", "nightly", "v0.2.0", "v0.1.0"),
        releases.stream().map(Release::tag).toList());
    Release draft = releases.get(0);
    assertTrue(draft.draft());
    assertEquals(Optional.empty(), draft.publishedAt());
    Release v020 = releases.get(3);
    assertEquals(
        URI.create("https://github.com/fleetscope/fleetscope/releases/tag/v0.2.0"), v020.page());
    assertEquals(Optional.of(Instant.parse("2027-02-01T10:15:00Z")), v020.publishedAt());
    ReleaseAsset deb = v020.assets().getFirst();
    assertEquals("fleetscope_0.2.0_amd64.deb", deb.name());
    assertEquals(61_234_567L, deb.sizeBytes());
    assertEquals(
        URI.create(
            "https://github.com/fleetscope/fleetscope/releases/download/v0.2.0/"
                + "fleetscope_0.2.0_amd64.deb"),
        deb.downloadUrl());
  }

  @Test
  void aReleaseTaggedAsAPreReleaseVersionIsAPreReleaseEvenUnflagged() throws Exception {
    List<Release> releases =
        ReleaseFeed.parse(
            "feed",
            "[{\"tag_name\":\"v2.0.0-rc.1\",\"html_url\":\"https://x.test/2\",\"prerelease\":false},"
                + "{\"tag_name\":\"v1.9.0\",\"html_url\":\"https://x.test/1\"}]");

    assertEquals("v1.9.0", ReleaseFeed.latest(releases, false).orElseThrow().tag());
    assertEquals("v2.0.0-rc.1", ReleaseFeed.latest(releases, true).orElseThrow().tag());
  }

  @Test
  void namesTheFieldThatHasTheWrongType() {
    var e =
        assertThrows(
            UpdateCheckException.class,
            () ->
                ReleaseFeed.parse(
                    "https://feed.test/releases",
                    "[{\"tag_name\":\"v1.0.0\",\"html_url\":\"https://x.test/1\","
                        + "\"prerelease\":\"no\"}]"));

    assertEquals(
        "release feed https://feed.test/releases is malformed: release 1 (v1.0.0) has"
            + " \"prerelease\" \"no\", not true/false",
        e.getMessage());
  }

  @Test
  void aRelativePageIsMalformed() {
    var e =
        assertThrows(
            UpdateCheckException.class,
            () -> ReleaseFeed.parse("feed", "[{\"tag_name\":\"v1.0.0\",\"html_url\":\"/r/1\"}]"));

    assertTrue(e.getMessage().endsWith("has no absolute \"html_url\" (found \"/r/1\")"));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ReleaseFeedTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
