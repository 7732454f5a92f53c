package dev.fleetscope.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HeapTrimTest {
  private static final long MIB = 1024 * 1024;

  @Test
  void collectsOnlyWhenTheOldGenerationHoldsFarMoreThanTheLastFullCollectionLeft() {
    HeapTrim.Rule rule = HeapTrim.Rule.DEFAULT;
    // a large heap: the factor decides
    assertFalse(rule.wantsCollection(290 * MIB, 200 * MIB));
    assertTrue(rule.wantsCollection(310 * MIB, 200 * MIB));
    // a small heap: the slack decides, a few megabytes are not worth a pause
    assertFalse(rule.wantsCollection(60 * MIB, 20 * MIB));
    assertTrue(rule.wantsCollection(90 * MIB, 20 * MIB));
  }

  @Test
  void aWantedCollectionIsAFullOneOfThisJvmsOldGeneration() {
    assertTrue(
        HeapTrim.oldGeneration(ManagementFactory.getMemoryPoolMXBeans()).isPresent(),
        "the test JVM's collector has an old generation");
    long before = collections();
    try (HeapTrim always = HeapTrim.start(new HeapTrim.Rule(0, -1), Duration.ofDays(1));
        HeapTrim never =
            HeapTrim.start(new HeapTrim.Rule(1, Long.MAX_VALUE / 2), Duration.ofDays(1))) {
      assertFalse(never.checkOnce());
      assertTrue(always.checkOnce());
    }
    assertTrue(collections() > before, "a collection ran");
  }

  private static long collections() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .sum();
  }
}
