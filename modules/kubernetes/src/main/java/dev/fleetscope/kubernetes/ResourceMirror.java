package dev.fleetscope.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.model.net.Excerpt;
import dev.fleetscope.model.net.UnreadableAnswerException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Response;

/**
 * A local copy of one kind of object across a cluster, kept by list and watch as client-go's
 * reflector keeps it: a paged list ({@code limit}/{@code continue}) gives the objects and a
 * resourceVersion, a watch from that version applies changes, and an expired version ({@code 410
 * Gone}, on the list's continue token or on the watch) starts over with a fresh list. A kind the
 * server does not serve (a CRD not installed) is absent.
 */
final class ResourceMirror {
  static final int PAGE_SIZE = 500;

  /** How long one watch lasts before the server ends it and it is resumed: client-go's 5 min. */
  static final Duration WATCH_LENGTH = Duration.ofMinutes(5);

  private final ClusterConnection connection;
  private final String path;
  private final Duration watchLength;
  private final Map<String, JsonNode> objects = new LinkedHashMap<>();
  private String resourceVersion;
  private boolean listed;
  private boolean absent;
  private volatile WatchCall watching;

  ResourceMirror(ClusterConnection connection, String path, Duration watchLength) {
    this.connection = connection;
    this.path = path;
    this.watchLength = watchLength;
  }

  String path() {
    return path;
  }

  synchronized boolean listed() {
    return listed;
  }

  synchronized boolean absent() {
    return absent;
  }

  synchronized List<JsonNode> objects() {
    return List.copyOf(objects.values());
  }

  /**
   * Lists everything, page by page; restarts once from the first page when a continue token
   * expires.
   */
  void list() throws IOException {
    for (int attempt = 0; ; attempt++) {
      Map<String, JsonNode> fresh = new LinkedHashMap<>();
      String token = null;
      String version = null;
      boolean expired = false;
      do {
        String query =
            "?limit="
                + PAGE_SIZE
                + (token == null
                    ? ""
                    : "&continue=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        KubeHttp.Answer page = new KubeHttp(connection).get(path + query);
        if (page.code() == 404 && token == null) {
          markAbsent();
          return;
        }
        if (page.code() == 410 && attempt == 0) {
          expired = true;
          break;
        }
        if (!page.ok()) {
          throw new IOException(
              "listing "
                  + path
                  + " on "
                  + connection.name()
                  + ": HTTP "
                  + page.code()
                  + ": "
                  + page.message());
        }
        if (!page.body().path("items").isArray()) {
          throw new UnreadableAnswerException(
              connection.baseUrl() + path + query,
              page.code(),
              "'items' is " + (page.body().has("items") ? "not an array" : "missing"),
              Excerpt.of(page.body().toString()));
        }
        page.body().path("items").forEach(item -> fresh.put(key(item), slim(item)));
        token = page.body().at("/metadata/continue").asText("");
        version = page.body().at("/metadata/resourceVersion").asText("");
      } while (!token.isEmpty());
      if (!expired) {
        replace(fresh, version);
        return;
      }
    }
  }

  /**
   * Watches from the last version until the server ends the watch; returns false when the version
   * expired and a new {@link #list()} is needed.
   */
  boolean watch() throws IOException {
    String url =
        connection.baseUrl()
            + path
            + "?watch=true&allowWatchBookmarks=true&timeoutSeconds="
            + watchLength.toSeconds()
            + "&resourceVersion="
            + URLEncoder.encode(version(), StandardCharsets.UTF_8);
    try (WatchCall call = WatchCall.open(connection, url, watchLength)) {
      watching = call;
      Response response = call.response();
      if (response.code() == 410) {
        return false;
      }
      if (!response.isSuccessful()) {
        throw new IOException(
            "watching "
                + path
                + " on "
                + connection.name()
                + ": HTTP "
                + response.code()
                + ": "
                + Excerpt.of(response.body().string()));
      }
      String line;
      while ((line = call.nextLine()) != null) {
        if (!line.isBlank() && !apply(event(line, url))) {
          return false;
        }
      }
      return true;
    } finally {
      watching = null;
    }
  }

  /** Ends a watch in progress (on close). */
  void stop() {
    WatchCall call = watching;
    if (call != null) {
      call.cancel();
    }
  }

  private static JsonNode event(String line, String url) throws IOException {
    try {
      return KubeHttp.JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new UnreadableAnswerException(url, 200, "a watch event is not JSON", Excerpt.of(line));
    }
  }

  /** Applies one watch event; false when it says the version expired. */
  synchronized boolean apply(JsonNode event) {
    JsonNode object = event.path("object");
    switch (event.path("type").asText()) {
      case "ADDED", "MODIFIED" -> objects.put(key(object), slim(object));
      case "DELETED" -> objects.remove(key(object));
      case "ERROR" -> {
        return object.path("code").asInt() != 410;
      }
      default -> {}
    }
    String version = object.at("/metadata/resourceVersion").asText("");
    if (!version.isEmpty()) {
      resourceVersion = version;
    }
    return true;
  }

  private synchronized void replace(Map<String, JsonNode> fresh, String version) {
    objects.clear();
    objects.putAll(fresh);
    resourceVersion = version;
    listed = true;
  }

  private synchronized void markAbsent() {
    objects.clear();
    absent = true;
    listed = true;
  }

  private synchronized String version() {
    return resourceVersion == null ? "" : resourceVersion;
  }

  private static String key(JsonNode object) {
    JsonNode meta = object.path("metadata");
    return meta.path("namespace").asText("") + "/" + meta.path("name").asText();
  }

  /** Drops what the inventory never reads and that can dwarf the object (managed fields). */
  private static JsonNode slim(JsonNode object) {
    if (object instanceof ObjectNode copy && copy.path("metadata") instanceof ObjectNode meta) {
      meta.remove("managedFields");
      return copy;
    }
    return object;
  }
}
