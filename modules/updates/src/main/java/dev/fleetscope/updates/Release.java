package dev.fleetscope.updates;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a release feed.
 *
 * @param tag the tag as the feed writes it ({@code v1.4.0})
 * @param version the tag read as a semantic version; empty for tags that are not one
 * @param page the release's web page, where a user reads the notes and downloads
 * @param prerelease marked as a pre-release by its publisher
 * @param draft not published yet
 * @param publishedAt when it was published; empty for drafts
 */
public record Release(
    String tag,
    Optional<Version> version,
    URI page,
    boolean prerelease,
    boolean draft,
    Optional<Instant> publishedAt,
    List<ReleaseAsset> assets) {

  public Release {
    assets = List.copyOf(assets);
  }

  /**
   * Whether an update check may offer this release: published, a semantic version, and, unless
   * pre-releases are wanted, neither marked a pre-release nor versioned as one ({@code
   * 2.0.0-rc.1}).
   */
  public boolean offered(boolean includePrereleases) {
    if (draft || version.isEmpty()) {
      return false;
    }
    return includePrereleases || !(prerelease || version.get().isPreRelease());
  }
}
