package dev.fleetscope.pipelines;

import dev.fleetscope.pipelines.http.Backoff;
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
 */
public record SourceSettings(
    String id,
    String displayName,
    Duration interval,
    Duration history,
    OkHttpClient http,
    Backoff backoff,
    Clock clock) {

  private static final OkHttpClient SHARED =
      new OkHttpClient.Builder()
          .connectTimeout(Duration.ofSeconds(10))
          .readTimeout(Duration.ofSeconds(30))
          .build();

  /** One-minute polls over seven days of history, with the default client and backoff. */
  public static SourceSettings of(String id, String displayName) {
    return new SourceSettings(
        id,
        displayName,
        Duration.ofMinutes(1),
        Duration.ofDays(7),
        SHARED,
        Backoff.DEFAULT,
        Clock.systemUTC());
  }

  public SourceSettings withHistory(Duration history) {
    return new SourceSettings(id, displayName, interval, history, http, backoff, clock);
  }

  public SourceSettings withInterval(Duration interval) {
    return new SourceSettings(id, displayName, interval, history, http, backoff, clock);
  }

  public SourceSettings with(OkHttpClient http, Backoff backoff, Clock clock) {
    return new SourceSettings(id, displayName, interval, history, http, backoff, clock);
  }
}
