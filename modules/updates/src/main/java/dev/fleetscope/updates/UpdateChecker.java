package dev.fleetscope.updates;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Asks a release feed whether a newer version than the running one exists. Blocking, bounded by a
 * deadline for the whole call (connect, request and reading the body); call it off the FX thread.
 *
 * <pre>{@code
 * var checker = new UpdateChecker(new OkHttpClient(), HttpUrl.get(FEED), UpdateChecker.DEADLINE);
 * UpdateStatus status = checker.check(Version.parse(runningVersion), false);
 * if (status.newer()) show(status.latest().orElseThrow().page());
 * }</pre>
 */
public final class UpdateChecker {
  /** Long enough for a slow network, short enough that a command-line user is not left waiting. */
  public static final Duration DEADLINE = Duration.ofSeconds(10);

  /** A release list of 100 releases with their assets is well under this. */
  static final long MAX_FEED_BYTES = 4L * 1024 * 1024;

  private final OkHttpClient http;
  private final HttpUrl feed;
  private final Duration deadline;

  public UpdateChecker(OkHttpClient http, HttpUrl feed, Duration deadline) {
    this.http = http.newBuilder().callTimeout(deadline).build();
    this.feed = feed;
    this.deadline = deadline;
  }

  /**
   * @param includePrereleases offer pre-releases too (drafts never)
   * @throws UpdateCheckException naming the feed's URL and what went wrong
   */
  public UpdateStatus check(Version current, boolean includePrereleases)
      throws UpdateCheckException {
    List<Release> releases = ReleaseFeed.parse(feed.toString(), fetch(current));
    return UpdateStatus.of(current, releases, includePrereleases);
  }

  private String fetch(Version current) throws UpdateCheckException {
    Request request =
        new Request.Builder()
            .url(feed)
            .header("Accept", "application/vnd.github+json")
            .header("User-Agent", "Fleetscope/" + current)
            .get()
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        String detail = response.peekBody(200).string().lines().findFirst().orElse("").strip();
        throw new UpdateCheckException(
            "release feed "
                + feed
                + " answered "
                + response.code()
                + (response.message().isBlank() ? "" : " " + response.message())
                + (detail.isEmpty() ? "" : ": " + detail));
      }
      ResponseBody body = response.peekBody(MAX_FEED_BYTES + 1);
      if (body.contentLength() > MAX_FEED_BYTES) {
        throw new UpdateCheckException(
            "release feed " + feed + " is larger than " + MAX_FEED_BYTES / 1024 + " KiB");
      }
      return body.string();
    } catch (InterruptedIOException e) {
      throw new UpdateCheckException(
          "release feed " + feed + " did not answer within " + seconds(deadline), e);
    } catch (IOException e) {
      throw new UpdateCheckException(
          "release feed " + feed + " could not be reached: " + e.getMessage(), e);
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
