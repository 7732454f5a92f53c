package dev.fleetscope.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HeapTrimTest {
  private static final long MIB = 1024 * 1024;

  @Test
  void collectsOnlyWhenTheOldGenerationHoldsFarMoreThanTheLastFullCollectionLeft() {
    HeapTrim.Rule rule = HeapTrim.Rule.BUSY;
    // a large heap: the factor decides
    assertFalse(rule.wantsCollection(290 * MIB, 200 * MIB));
    assertTrue(rule.wantsCollection(310 * MIB, 200 * MIB));
    // a small heap: the slack decides, a few megabytes are not worth a pause
    assertFalse(rule.wantsCollection(60 * MIB, 20 * MIB));
    assertTrue(rule.wantsCollection(90 * MIB, 20 * MIB));
  }

  @Test
  void aQuietWindowIsCollectedCloserToWhatItHolds() {
    HeapTrim.Rule quiet = HeapTrim.Rule.QUIET;
    // the desktop console after every view: about 115 MiB alive in the old generation
    assertFalse(HeapTrim.Rule.BUSY.wantsCollection(160 * MIB, 115 * MIB));
    assertTrue(quiet.wantsCollection(160 * MIB, 115 * MIB));
    assertFalse(quiet.wantsCollection(138 * MIB, 115 * MIB));
    // never for a few megabytes
    assertFalse(quiet.wantsCollection(40 * MIB, 20 * MIB));
  }

  @Test
  void theRuleFollowsWhetherTheWindowIsQuiet() {
    HeapTrim.Rule always = new HeapTrim.Rule(0, -1);
    HeapTrim.Rule never = new HeapTrim.Rule(1, Long.MAX_VALUE / 2);
    boolean[] quiet = {false};
    try (HeapTrim trim =
        HeapTrim.start(never, always, () -> quiet[0], () -> false, Duration.ofDays(1))) {
      assertFalse(trim.checkOnce(), "in use: the busy rule");
      quiet[0] = true;
      assertTrue(trim.checkOnce(), "left alone: the quiet rule");
    }
  }

  @Test
  void aViewLetGoIsCollectedAtTheNextQuietMoment() {
    HeapTrim.Rule never = new HeapTrim.Rule(1, Long.MAX_VALUE / 2);
    boolean[] quiet = {false};
    UserActivity activity = new UserActivity();
    activity.letGo();
    try (HeapTrim trim =
        HeapTrim.start(never, never, () -> quiet[0], activity::takeLetGo, Duration.ofDays(1))) {
      assertFalse(trim.checkOnce(), "in use: the collection waits");
      quiet[0] = true;
      assertTrue(trim.checkOnce(), "left alone: collected for the view let go");
      assertFalse(trim.checkOnce(), "once");
    }
  }

  @Test
  void aQuietCollectionLeavesTheHeapOnlyItsLeastFreeRatioAndPutsTheBoundBack() {
    HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    String max = vm.getVMOption("MaxHeapFreeRatio").getValue();
    String min = vm.getVMOption("MinHeapFreeRatio").getValue();
    assertNotEquals(min, max, "the test JVM keeps more free after a collection than before");
    String[] during = new String[1];
    HeapTrim.shrinking(() -> during[0] = vm.getVMOption("MaxHeapFreeRatio").getValue());
    assertEquals(min, during[0], "collected with the least free space the heap keeps anyway");
    assertEquals(max, vm.getVMOption("MaxHeapFreeRatio").getValue(), "the bound put back");
  }

  @Test
  void aWantedCollectionIsAFullOneOfThisJvmsOldGeneration() {
    assertTrue(
        HeapTrim.oldGeneration(ManagementFactory.getMemoryPoolMXBeans()).isPresent(),
        "the test JVM's collector has an old generation");
    long before = collections();
    HeapTrim.Rule collect = new HeapTrim.Rule(0, -1);
    HeapTrim.Rule keep = new HeapTrim.Rule(1, Long.MAX_VALUE / 2);
    try (HeapTrim always =
            HeapTrim.start(collect, collect, () -> false, () -> false, Duration.ofDays(1));
        HeapTrim never = HeapTrim.start(keep, keep, () -> false, () -> false, Duration.ofDays(1))) {
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
