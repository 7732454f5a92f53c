package dev.fleetscope.runtime.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every serving figure a person reads carries its unit; a missing one is a dash. */
class ServingTextTest {
  @Test
  void latenciesInMillisecondsBelowASecond() {
    assertEquals("0.8 ms", ServingText.seconds(0.0008));
    assertEquals("42 ms", ServingText.seconds(0.042));
    assertEquals("1.25 s", ServingText.seconds(1.25));
  }

  @Test
  void ratesPerSecond() {
    assertEquals("0.42/s", ServingText.perSecond(0.42));
    assertEquals("1,234/s", ServingText.perSecond(1234));
  }

  @Test
  void queuesInRequestsWaiting() {
    assertEquals("0 req", ServingText.requests(0));
    assertEquals("3.25 req", ServingText.requests(3.25));
    assertEquals("—", ServingText.requests(Double.NaN));
  }

  @Test
  void smallAmountsKeepThreeSignificantDigits() {
    assertEquals("0.000420 USD", ServingText.amount(0.00042, "USD"));
    assertEquals("1,234 EUR", ServingText.amount(1234.4, "EUR"));
  }
}
