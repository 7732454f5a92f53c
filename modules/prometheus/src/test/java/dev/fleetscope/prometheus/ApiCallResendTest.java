package dev.fleetscope.prometheus;

import static dev.fleetscope.prometheus.MockPrometheus.EMPTY_VECTOR;
import static dev.fleetscope.prometheus.MockPrometheus.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.internal.http2.ConnectionShutdownException;
import org.junit.jupiter.api.Test;

/**
 * A connection shut down before the request went out (OkHttp's {@link ConnectionShutdownException},
 * seen from Prometheus with TLS 1.3 client certificates) is sent once more; a second such failure
 * is reported.
 */
class ApiCallResendTest {
  @Test
  void sendsAgainOnceWhenTheConnectionClosedBeforeTheRequestWentOut() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(ok(EMPTY_VECTOR));
      server.start();
      AtomicInteger shutdowns = new AtomicInteger(1);

      call(server, shutdowns).execute("query", List.of(), Optional.empty(), p -> p.skipChildren());

      assertEquals(0, shutdowns.get());
      assertEquals(1, server.getRequestCount(), "the server saw the request once");
    }
  }

  @Test
  void reportsASecondShutdownNamingWhatHappened() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      AtomicInteger shutdowns = new AtomicInteger(2);

      PrometheusException e =
          assertThrows(
              PrometheusException.class,
              () -> call(server, shutdowns).execute("query", List.of(), Optional.empty(), p -> {}));

      assertEquals(0, shutdowns.get());
      assertEquals(Problem.CONNECTION, e.problem());
      assertTrue(
          e.getMessage().endsWith("closed the connection before the request was sent"),
          e.getMessage());
    }
  }

  private static ApiCall call(MockWebServer server, AtomicInteger shutdowns) {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .addNetworkInterceptor(
                chain -> {
                  if (shutdowns.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new ConnectionShutdownException();
                  }
                  return chain.proceed(chain.request());
                })
            .build();
    return new ApiCall(http, server.url("/"), Timeouts.DEFAULT, new AtomicLong());
  }
}
