package dev.fleetscope.kubernetes;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Read-only mode at the HTTP layer: every request that is not a GET (get, list and watch are all
 * GETs) is refused before it leaves the process, so no code path can write to a cluster, whatever
 * it calls.
 */
final class ReadOnlyInterceptor implements Interceptor {
  /** Thrown instead of sending a writing request. */
  static final class ReadOnlyViolation extends IOException {
    private static final long serialVersionUID = 1L;

    ReadOnlyViolation(String message) {
      super(message);
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    var request = chain.request();
    if (!"GET".equals(request.method())) {
      throw new ReadOnlyViolation(
          "read-only mode: refused " + request.method() + " " + request.url().encodedPath());
    }
    return chain.proceed(request);
  }
}
