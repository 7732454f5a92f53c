package dev.fleetscope.runtime.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.runtime.live.ScriptedSource;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredSourceTest {
  @Test
  void connectsOnTheFirstPollAndTriesAgainAfterAFailedConnection() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    ScriptedSource real = new ScriptedSource("p", Duration.ofSeconds(5));
    DeferredSource source =
        new DeferredSource(
            "p",
            "Prometheus p",
            Duration.ofSeconds(5),
            () -> {
              if (attempts.incrementAndGet() == 1) {
                throw new IOException("the bearer token file /run/token does not exist");
              }
              return real;
            });
    assertEquals(0, attempts.get(), "nothing is connected before the first poll");

    assertEquals(
        "the bearer token file /run/token does not exist",
        assertThrows(IOException.class, source::poll).getMessage());
    assertEquals("p-cluster", source.poll().clusters().getFirst().name());
    source.poll();
    assertEquals(2, attempts.get(), "connected once, then kept");

    source.close();
    assertTrue(real.closed());
  }

  @Test
  void refusesASourceThatCallsItselfByAnotherId() {
    ScriptedSource other = new ScriptedSource("q", Duration.ofSeconds(5));
    DeferredSource source =
        new DeferredSource("p", "Prometheus p", Duration.ofSeconds(5), () -> other);
    assertEquals(
        "the source for p calls itself q",
        assertThrows(IllegalStateException.class, source::poll).getMessage());
    assertTrue(other.closed());
  }
}
