package dev.fleetscope.kubernetes;

import dev.fleetscope.model.net.CallFailures;
import dev.fleetscope.model.net.Deadlines;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * One watch request, which is long-lived by design, under its own rule: the answer's first byte
 * must come within the connection's read deadline (a server that accepts and never answers fails
 * like any request), after which the stream may stay quiet for the watch's length; the whole call
 * ends at the length plus the read deadline. A watch that the server does not end in time, or that
 * stays silent that long, ends as the server's own timeout ends it, and the caller resumes from the
 * last resourceVersion.
 */
final class WatchCall implements Closeable {
  private final Call call;
  private final Response response;
  private final BufferedSource lines;
  private final String url;
  private final Deadlines deadlines;

  private WatchCall(Call call, Response response, String url, Deadlines deadlines) {
    this.call = call;
    this.response = response;
    this.url = url;
    this.deadlines = deadlines;
    this.lines = response.body().source();
  }

  /**
   * Sends the watch ({@code timeoutSeconds} in {@code url} should be {@code length}).
   *
   * @throws IOException naming the URL and the deadline when no answer begins in time
   */
  static WatchCall open(ClusterConnection connection, String url, Duration length)
      throws IOException {
    Duration read = connection.deadlines().read();
    Call call = connection.watchHttp().newCall(new Request.Builder().url(url).get().build());
    call.timeout().timeout(length.plus(read).toMillis(), TimeUnit.MILLISECONDS);
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw CallFailures.explain(e, "watch " + url, connection.deadlines(), call.isCanceled());
    }
    response.body().source().timeout().timeout(length.toMillis(), TimeUnit.MILLISECONDS);
    return new WatchCall(call, response, url, connection.deadlines());
  }

  Response response() {
    return response;
  }

  /** The next event line; null when the watch has ended (by the server or by its deadline). */
  String nextLine() throws IOException {
    try {
      return lines.readUtf8Line();
    } catch (IOException e) {
      if (CallFailures.deadlinePassed(e).isPresent()) {
        return null;
      }
      throw CallFailures.explain(e, "watch " + url, deadlines, call.isCanceled());
    }
  }

  void cancel() {
    call.cancel();
  }

  @Override
  public void close() {
    response.close();
  }
}
