package dev.fleetscope.runtime.pipelines;

import java.io.IOException;
import java.net.InetAddress;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** The orchestrator stand-ins' servers: okhttp's MockWebServer on loopback, any free port. */
final class LoopbackServers {
  private LoopbackServers() {}

  /** A started server that answers every request with {@code answer}. */
  static MockWebServer answering(Function<RecordedRequest, MockResponse> answer)
      throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return answer.apply(request);
          }
        });
    server.start(InetAddress.getLoopbackAddress(), 0);
    return server;
  }
}
