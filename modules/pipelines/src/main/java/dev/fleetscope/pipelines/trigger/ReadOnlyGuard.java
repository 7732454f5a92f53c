package dev.fleetscope.pipelines.trigger;

import dev.fleetscope.model.SessionMode;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Read-only at the HTTP layer: in a {@code --read-only} or {@code --wall} session every request
 * that is not a GET is refused before it leaves the process, whatever code sends it.
 */
final class ReadOnlyGuard implements Interceptor {
  private final SessionMode mode;

  ReadOnlyGuard(SessionMode mode) {
    this.mode = mode;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (mode.readOnly() && !"GET".equals(request.method())) {
      throw new IOException(
          "refused "
              + request.method()
              + " "
              + request.url().encodedPath()
              + ": this session is read-only ("
              + mode.flag()
              + ")");
    }
    return chain.proceed(request);
  }
}
