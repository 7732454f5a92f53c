package dev.fleetscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitsTest {
  @Test
  void everyFigureCarriesItsUnit() {
    assertEquals("0.25 cores", Units.cores(0.25));
    assertEquals("no limit", Units.cores(Double.POSITIVE_INFINITY));
    assertEquals("512 MiB", Units.bytes(512L << 20));
    assertEquals("1.50 GiB", Units.bytes(1.5 * (1L << 30)));
    assertEquals("no limit", Units.bytes(Long.MAX_VALUE));
    assertEquals("42%", Units.percent(0.42));
    assertEquals("1,235 USD/month", Units.money(1234.5, HourlyPrice.USD, "month"));
    assertEquals("2.40 USD/hour", Units.money(2.4, HourlyPrice.USD, "hour"));
  }

  @Test
  void durationsReadAsPeopleSayThem() {
    assertEquals("500 ms", Units.duration(java.time.Duration.ofMillis(500)));
    assertEquals("1.5 s", Units.duration(java.time.Duration.ofMillis(1500)));
    assertEquals("30 s", Units.duration(java.time.Duration.ofSeconds(30)));
    assertEquals("3 min", Units.duration(java.time.Duration.ofMinutes(3)));
    assertEquals("2 min 30 s", Units.duration(java.time.Duration.ofSeconds(150)));
  }
}
