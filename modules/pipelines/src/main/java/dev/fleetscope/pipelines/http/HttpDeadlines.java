package dev.fleetscope.pipelines.http;

import dev.fleetscope.model.net.Deadlines;
import java.time.Duration;
import okhttp3.OkHttpClient;

/** {@link Deadlines} on an OkHttp client: its connect, read, write and whole-call timeouts. */
public final class HttpDeadlines {
  private HttpDeadlines() {}

  /** The client with these deadlines; it shares the original's connections and threads. */
  public static OkHttpClient apply(OkHttpClient client, Deadlines deadlines) {
    return client
        .newBuilder()
        .connectTimeout(deadlines.connect())
        .readTimeout(deadlines.read())
        .writeTimeout(deadlines.read())
        .callTimeout(deadlines.call())
        .build();
  }

  /** The deadlines a client keeps; a timeout it leaves unset (0: none) is the default's. */
  public static Deadlines of(OkHttpClient client) {
    Deadlines d = Deadlines.DEFAULT;
    return new Deadlines(
        orDefault(client.connectTimeoutMillis(), d.connect()),
        orDefault(client.readTimeoutMillis(), d.read()),
        orDefault(client.callTimeoutMillis(), d.call()));
  }

  private static Duration orDefault(int millis, Duration fallback) {
    return millis > 0 ? Duration.ofMillis(millis) : fallback;
  }
}
