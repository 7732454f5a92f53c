package dev.fleetscope.model.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.fleetscope.model.testing.FaultyServer;
import dev.fleetscope.model.testing.FaultyServer.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The faulty servers as the JDK's own HTTP client meets them, and what {@link CallFailures} makes
 * of its exceptions: the fixture is itself tested before other modules rely on it.
 */
class CallFailuresTest {
  private static final Deadlines SHORT =
      new Deadlines(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(1));

  @Test
  void aServerThatNeverAnswersPassesTheReadDeadline() throws IOException {
    try (FaultyServer server = FaultyServer.start(Fault.HANG)) {
      String url = server.url("/api/v1/query");
      IOException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> fail(url));
      DeadlineExceededException passed =
          assertInstanceOf(DeadlineExceededException.class, CallFailures.explain(e, url, SHORT));
      assertEquals(url + " sent nothing for 300 ms (read deadline)", passed.getMessage());
      assertEquals(Deadlines.Kind.READ, passed.kind());
    }
  }

  @Test
  void aRefusedConnectionAndABodyCutShortReadAsSentences() throws IOException {
    try (FaultyServer server = FaultyServer.start(Fault.REFUSED)) {
      String url = server.url("/x");
      assertEquals(
          url
              + " could not be reached: connection refused (nothing listens there, or a firewall rejects it)",
          CallFailures.explain(fail(url), url, SHORT).getMessage());
    }
    try (FaultyServer server = FaultyServer.start(Fault.CLOSE_MID_BODY)) {
      String url = server.url("/x");
      assertEquals(
          url + " closed the connection before its answer was complete",
          CallFailures.explain(fail(url), url, SHORT).getMessage());
    }
  }

  @Test
  void namesTheDeadlineOkHttpsTimeoutsStandFor() {
    assertEquals(
        "http://h/x did not answer within 1 s (whole-call deadline)",
        CallFailures.explain(new InterruptedIOException("timeout"), "http://h/x", SHORT)
            .getMessage());
    assertEquals(
        "http://h/x could not be connected to within 300 ms (connect deadline)",
        CallFailures.explain(new SocketTimeoutException("Connect timed out"), "http://h/x", SHORT)
            .getMessage());
    assertEquals(
        "http://h/x was cancelled before it answered",
        CallFailures.explain(new IOException("Canceled"), "http://h/x", SHORT).getMessage());
  }

  @Test
  void aShorterCallDeadlineShortensTheOthers() {
    Deadlines within = Deadlines.within(Duration.ofSeconds(5));
    assertEquals(
        new Deadlines(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5)), within);
    assertEquals("connect 10 s, read 30 s, whole call 3 min", Deadlines.STREAMED.toString());
    assertEquals(
        "the read deadline must be positive, was PT0S",
        assertThrows(
                IllegalArgumentException.class, () -> Deadlines.DEFAULT.withRead(Duration.ZERO))
            .getMessage());
  }

  /** Reads the whole answer with the JDK's client and returns how it failed. */
  private static IOException fail(String url) {
    return assertThrows(
        IOException.class,
        () -> {
          HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
          c.setConnectTimeout(300);
          c.setReadTimeout(300);
          try (InputStream in = c.getInputStream()) {
            in.readAllBytes();
          }
        });
  }
}
