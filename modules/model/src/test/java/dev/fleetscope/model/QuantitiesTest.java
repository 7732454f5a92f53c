package dev.fleetscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuantitiesTest {
  @Test
  void parsesDecimalAndBinarySuffixes() {
    assertEquals(0.25, Quantities.parseCores("250m"));
    assertEquals(2.0, Quantities.parseCores("2"));
    assertEquals(0.1, Quantities.parseCores(".1"));
    assertEquals(512L << 20, Quantities.parseBytes("512Mi"));
    assertEquals(1_000_000_000L, Quantities.parseBytes("1G"));
    assertEquals(1_000_000_000L, Quantities.parseBytes("1e9"));
    assertEquals(3L << 30, Quantities.parseBytes("3Gi"));
    assertEquals(1536, Quantities.parseBytes("1.5Ki"));
  }

  @Test
  void formatsRoundingUpNeverDown() {
    assertEquals("251m", Quantities.formatCores(0.2501));
    assertEquals("250m", Quantities.formatCores(0.25));
    assertEquals("2", Quantities.formatCores(2.0));
    assertEquals("513Mi", Quantities.formatBytes((512L << 20) + 1));
    assertEquals("2Gi", Quantities.formatBytes(2L << 30));
  }

  @Test
  void namesTheBadQuantity() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Quantities.parse("12 cores"));
    assertEquals("not a Kubernetes quantity: '12 cores'", e.getMessage());
  }
}
