package dev.fleetscope.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Range splitting against a scripted server that, like Prometheus, refuses more than 11,000 points
 * and, like a server with a small {@code --query.max-samples}, refuses ranges longer than a limit;
 * it answers each point with its own time so the test sees exactly what was asked.
 */
class RangeFetcherTest {
  private static final PromQuery QUERY = new PromQuery("CPU usage", "rate(x[5m])");
  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

  private MockWebServer server;
  private PrometheusClient client;
  private final List<int[]> asked = new ArrayList<>();
  private int maxSamplesPoints = Integer.MAX_VALUE;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            long start = Long.parseLong(request.getUrl().queryParameter("start"));
            long end = Long.parseLong(request.getUrl().queryParameter("end"));
            long step = Long.parseLong(request.getUrl().queryParameter("step"));
            int points = (int) ((end - start) / step + 1);
            asked.add(new int[] {(int) ((start - START.getEpochSecond()) / step), points});
            if ((end - start) / step > 11_000) {
              return MockPrometheus.error(
                  400,
                  "bad_data",
                  "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)");
            }
            if (points > maxSamplesPoints) {
              return MockPrometheus.error(
                  422,
                  "execution",
                  "query processing would load too many samples into memory in query execution");
            }
            StringBuilder values = new StringBuilder();
            for (long t = start; t <= end; t += step) {
              values
                  .append(values.isEmpty() ? "" : ",")
                  .append("[")
                  .append(t)
                  .append(",\"")
                  .append(t)
                  .append("\"]");
            }
            return MockPrometheus.ok(
                "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},\"values\":["
                    + values
                    + "]}]}}");
          }
        });
    server.start();
    client = new PrometheusClient(MockPrometheus.settings(server));
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void splitsFourteenDaysAtOneMinuteIntoTwoRequestsOfAtMost11000Points()
      throws PrometheusException {
    StepGrid grid = new StepGrid(START, Duration.ofMinutes(1), 20_160);
    List<Long> times = new ArrayList<>();

    new RangeFetcher(client)
        .fetch(
            QUERY,
            grid,
            (labels, samples) -> {
              for (int i = 0; i < samples.size(); i++) {
                times.add(samples.timeMillis(i));
              }
            });

    assertEquals(
        List.of(List.of(0, 11_000), List.of(11_000, 9_160)),
        asked.stream().map(a -> List.of(a[0], a[1])).toList());
    assertEquals(20_160, times.size());
    for (int i = 0; i < times.size(); i++) {
      assertEquals(START.plusSeconds(60L * i).toEpochMilli(), times.get(i));
    }
  }

  @Test
  void halvesAPieceTheServerFindsTooLargeUntilItFits() throws PrometheusException {
    maxSamplesPoints = 300;
    List<Long> times = new ArrayList<>();

    new RangeFetcher(client)
        .fetch(
            QUERY,
            new StepGrid(START, Duration.ofMinutes(5), 1000),
            (labels, samples) -> {
              for (int i = 0; i < samples.size(); i++) {
                times.add(samples.timeMillis(i));
              }
            });

    // 1000 -> 500 + 500 -> each 250 + 250: seven requests, the four that fit in time order.
    assertEquals(
        List.of(
            List.of(0, 1000),
            List.of(0, 500),
            List.of(0, 250),
            List.of(250, 250),
            List.of(500, 500),
            List.of(500, 250),
            List.of(750, 250)),
        asked.stream().map(a -> List.of(a[0], a[1])).toList());
    assertEquals(1000, times.size());
    assertEquals(START.plusSeconds(300L * 999).toEpochMilli(), times.getLast());
  }

  @Test
  void reportsTooManySamplesWhenEvenOnePointIsTooMany() {
    maxSamplesPoints = 0;

    PrometheusException e =
        assertThrows(
            PrometheusException.class,
            () ->
                new RangeFetcher(client)
                    .fetch(QUERY, new StepGrid(START, Duration.ofMinutes(5), 2), (l, s) -> {}));

    assertEquals(Problem.TOO_MANY_SAMPLES, e.problem());
    // Both points, then the first point alone: a single point that is refused ends the read.
    assertEquals(
        List.of(List.of(0, 2), List.of(0, 1)),
        asked.stream().map(a -> List.of(a[0], a[1])).toList());
  }
}
