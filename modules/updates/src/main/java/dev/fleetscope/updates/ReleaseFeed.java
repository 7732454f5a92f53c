package dev.fleetscope.updates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a release feed in the format of GitHub's "list releases" API: a JSON array of releases with
 * {@code tag_name}, {@code html_url}, {@code prerelease}, {@code draft}, {@code published_at} and
 * {@code assets}. Other fields are ignored. Pure: no I/O.
 */
public final class ReleaseFeed {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReleaseFeed() {}

  /**
   * @param source where the text came from (the feed's URL), for messages
   * @throws UpdateCheckException naming the source and what is malformed: not JSON (with line and
   *     column), not an array, or which release lacks which field
   */
  public static List<Release> parse(String source, String json) throws UpdateCheckException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new UpdateCheckException(
          "release feed "
              + source
              + " is not JSON: "
              + e.getOriginalMessage()
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"),
          e);
    }
    if (root == null || !root.isArray()) {
      throw new UpdateCheckException(
          "release feed "
              + source
              + " is not a list of releases: expected a JSON array, found "
              + (root == null
                  ? "nothing"
                  : root.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }
    List<Release> releases = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      try {
        releases.add(release(root.get(i)));
      } catch (MalformedField e) {
        throw new UpdateCheckException(
            "release feed " + source + " is malformed: release " + (i + 1) + " " + e.getMessage());
      }
    }
    return releases;
  }

  /** The highest version among the releases an update check may offer (see {@link Release}). */
  public static Optional<Release> latest(List<Release> releases, boolean includePrereleases) {
    return releases.stream()
        .filter(r -> r.offered(includePrereleases))
        .max(Comparator.comparing(r -> r.version().orElseThrow()));
  }

  private static Release release(JsonNode node) throws MalformedField {
    if (!node.isObject()) {
      throw new MalformedField("is not a JSON object");
    }
    String tag = text(node, "tag_name");
    List<ReleaseAsset> assets = new ArrayList<>();
    JsonNode list = node.path("assets");
    if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
      throw new MalformedField("(" + tag + ") has \"assets\" that is not a list");
    }
    for (JsonNode asset : list) {
      assets.add(asset(tag, asset));
    }
    return new Release(
        tag,
        Version.tryParse(tag),
        uri(node, "html_url", tag),
        flag(node, "prerelease", tag),
        flag(node, "draft", tag),
        instant(node, "published_at", tag),
        assets);
  }

  private static ReleaseAsset asset(String tag, JsonNode asset) throws MalformedField {
    String name = text(asset, "name");
    JsonNode size = asset.path("size");
    if (!size.canConvertToLong() || size.asLong() < 0) {
      throw new MalformedField("(" + tag + ") has asset " + name + " without a byte \"size\"");
    }
    return new ReleaseAsset(
        name,
        uri(asset, "browser_download_url", tag + ", asset " + name),
        size.asLong(),
        asset.path("content_type").asText(""));
  }

  private static String text(JsonNode node, String field) throws MalformedField {
    JsonNode value = node.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new MalformedField("has no \"" + field + "\"");
    }
    return value.asText();
  }

  private static URI uri(JsonNode node, String field, String where) throws MalformedField {
    JsonNode value = node.path(field);
    if (value.isTextual()) {
      try {
        URI uri = new URI(value.asText());
        if (uri.isAbsolute()) {
          return uri;
        }
      } catch (URISyntaxException e) {
        // reported below, with the value found
      }
    }
    throw new MalformedField(
        "("
            + where
            + ") has no absolute \""
            + field
            + "\" (found "
            + (value.isMissingNode() ? "nothing" : value.toString())
            + ")");
  }

  private static boolean flag(JsonNode node, String field, String tag) throws MalformedField {
    JsonNode value = node.path(field);
    if (value.isMissingNode()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new MalformedField("(" + tag + ") has \"" + field + "\" " + value + ", not true/false");
    }
    return value.asBoolean();
  }

  private static Optional<Instant> instant(JsonNode node, String field, String tag)
      throws MalformedField {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(value.asText()));
    } catch (DateTimeParseException e) {
      throw new MalformedField(
          "(" + tag + ") has \"" + field + "\" " + value + ", not an ISO-8601 instant");
    }
  }

  /** One field of one release that is missing or of the wrong type; the caller adds where. */
  private static final class MalformedField extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedField(String message) {
      super(message, null, false, false);
    }
  }
}
