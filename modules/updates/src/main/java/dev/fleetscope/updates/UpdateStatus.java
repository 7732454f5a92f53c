package dev.fleetscope.updates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer of an update check.
 *
 * @param current the running version
 * @param latest the highest release the feed offers (drafts, and pre-releases unless asked for,
 *     left out); empty when it offers none
 * @param skipped how many releases of the feed were left out, and why
 */
public record UpdateStatus(Version current, Optional<Release> latest, Skipped skipped) {

  /** Releases of the feed an update check does not offer. */
  public record Skipped(int drafts, int preReleases, int notVersions) {
    static Skipped in(List<Release> releases, boolean includePrereleases) {
      int drafts = 0;
      int preReleases = 0;
      int notVersions = 0;
      for (Release r : releases) {
        if (r.draft()) drafts++;
        else if (r.version().isEmpty()) notVersions++;
        else if (!r.offered(includePrereleases)) preReleases++;
      }
      return new Skipped(drafts, preReleases, notVersions);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  static UpdateStatus of(Version current, List<Release> releases, boolean includePrereleases) {
    return new UpdateStatus(
        current,
        ReleaseFeed.latest(releases, includePrereleases),
        Skipped.in(releases, includePrereleases));
  }

  /** Whether the latest release has a higher precedence than the running version. */
  public boolean newer() {
    return latest.map(r -> r.version().orElseThrow().compareTo(current) > 0).orElse(false);
  }

  /**
   * {@code {"current":"0.1.0","latest":"0.2.0","newer":true,"url":"https://..."}}: versions in
   * canonical form (no leading {@code v}), {@code url} the latest release's page; {@code latest}
   * and {@code url} are null when the feed offers no release.
   */
  public String json() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("current", current.toString());
    fields.put("latest", latest.map(r -> r.version().orElseThrow().toString()).orElse(null));
    fields.put("newer", newer());
    fields.put("url", latest.map(r -> r.page().toString()).orElse(null));
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("strings and a boolean always serialize", e);
    }
  }

  /** One line for a person: what is available, or that nothing is, and why. */
  public String summary() {
    if (latest.isEmpty()) {
      return "The feed offers no release to compare with "
          + current
          + " ("
          + skipped.drafts()
          + " drafts, "
          + skipped.preReleases()
          + " pre-releases and "
          + skipped.notVersions()
          + " tags that are not versions left out).";
    }
    Release release = latest.get();
    Version version = release.version().orElseThrow();
    if (newer()) {
      return "Fleetscope " + version + " is available (this is " + current + "): " + release.page();
    }
    return "Fleetscope " + current + " is up to date (the latest release is " + version + ").";
  }
}
