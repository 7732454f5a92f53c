package dev.fleetscope.pipelines;

import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.pipelines.http.Backoff;
import dev.fleetscope.pipelines.http.Credentials;
import dev.fleetscope.pipelines.http.HttpDeadlines;
import dev.fleetscope.pipelines.http.JsonHttp;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * What every pipeline source is configured with besides its URL and credentials.
 *
 * @param id stable id, unique among sources; runs carry it
 * @param displayName named in messages ("Airflow prod: ... 401 Unauthorized")
 * @param interval how often to poll
 * @param history how far back runs are kept (and fetched on the first poll)
 * @param http the HTTP client; it is given the deadlines
 * @param deadlines of every request to the source
 */
public record SourceSettings(
    String id,
    String displayName,
    Duration interval,
    Duration history,
    OkHttpClient http,
    Backoff backoff,
    Clock clock,
    Deadlines deadlines) {

  /** Connections and threads every source shares; each source's deadlines are its own. */
  private static final OkHttpClient SHARED = new OkHttpClient();

  public SourceSettings {
    http = HttpDeadlines.apply(http, deadlines);
  }

  /**
   * One-minute polls over seven days of history, with the default client, backoff and {@link
   * Deadlines#DEFAULT deadlines}.
   */
  public static SourceSettings of(String id, String displayName) {
    return new SourceSettings(
        id,
        displayName,
        Duration.ofMinutes(1),
        Duration.ofDays(7),
        SHARED,
        Backoff.DEFAULT,
        Clock.systemUTC(),
        Deadlines.DEFAULT);
  }

  public SourceSettings withHistory(Duration history) {
    return new SourceSettings(id, displayName, interval, history, http, backoff, clock, deadlines);
  }

  public SourceSettings withInterval(Duration interval) {
    return new SourceSettings(id, displayName, interval, history, http, backoff, clock, deadlines);
  }

  public SourceSettings with(OkHttpClient http, Backoff backoff, Clock clock) {
    return new SourceSettings(id, displayName, interval, history, http, backoff, clock, deadlines);
  }

  /** These deadlines for every request (the app's {@code --timeout}, or the source's setting). */
  public SourceSettings withDeadlines(Deadlines newDeadlines) {
    return new SourceSettings(
        id, displayName, interval, history, http, backoff, clock, newDeadlines);
  }

  /** A client for the source's requests: its own deadlines, cancelled with {@link JsonHttp}. */
  public JsonHttp json(Credentials credentials) {
    return new JsonHttp(displayName, http, deadlines, credentials, backoff, clock);
  }
}
