package dev.fleetscope.pipelines.http;

import dev.fleetscope.model.net.Deadlines;
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
}
