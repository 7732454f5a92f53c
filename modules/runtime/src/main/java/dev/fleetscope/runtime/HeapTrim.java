package dev.fleetscope.runtime;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a console that is left on near the memory it needs. The serial collector (the launcher's
 * choice for one user's window) grows the old generation towards {@code -Xmx} rather than collect
 * it, and gives memory back to the system only after a full collection: a wall rotating its views
 * went from 667 to 1,180 MiB resident in 12 minutes while what it held stayed flat
 * (docs/performance.md). So every so often, when the old generation holds far more than the last
 * full collection left alive, or when the window let go of a view since, this asks for one; {@code
 * -XX:MaxHeapFreeRatio} then returns the space. A full collection pauses the window for 100-200 ms:
 * while the user is at it only a heap that grew a lot is collected ({@link Rule#BUSY}), once it has
 * been left alone a closer one ({@link Rule#QUIET}), or one that holds a view let go, and then down
 * to {@code -XX:MinHeapFreeRatio} ({@link #shrinking}).
 */
public final class HeapTrim implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HeapTrim.class);
  private static final long MIB = 1024 * 1024;
  private static final String MAX_FREE_RATIO = "MaxHeapFreeRatio";
  private static final String MIN_FREE_RATIO = "MinHeapFreeRatio";

  /**
   * When the old generation is worth a full collection: it holds more than {@code factor} times
   * what the last one left alive, and more than {@code slackBytes} beyond it (so a small heap is
   * not collected for a few megabytes).
   */
  public record Rule(double factor, long slackBytes) {
    /** While the window is in use: a pause is worth only a large gain. */
    public static final Rule BUSY = new Rule(1.5, 64 * MIB);

    /**
     * When nobody has used the window for a while: about 16 MiB less resident after every view, for
     * twice the full collections (docs/performance.md).
     */
    public static final Rule QUIET = new Rule(1.2, 24 * MIB);

    public boolean wantsCollection(long usedBytes, long liveAfterLastFull) {
      return usedBytes
          > Math.max((long) (liveAfterLastFull * factor), liveAfterLastFull + slackBytes);
    }
  }

  private final Rule busy;
  private final Rule quiet;
  private final BooleanSupplier isQuiet;
  private final BooleanSupplier takeLetGo;
  private final Thread thread;

  /** Found at the first check, off the way to the first frame. */
  private Optional<MemoryPoolMXBean> oldGeneration;

  private HeapTrim(
      Rule busy, Rule quiet, BooleanSupplier isQuiet, BooleanSupplier takeLetGo, Duration every) {
    this.busy = busy;
    this.quiet = quiet;
    this.isQuiet = isQuiet;
    this.takeLetGo = takeLetGo;
    // the first check comes a whole period after start, when the console's first frame is drawn
    this.thread =
        Thread.ofVirtual()
            .name("heap-trim")
            .start(
                () -> {
                  try {
                    while (true) {
                      Thread.sleep(every);
                      checkOnce();
                    }
                  } catch (InterruptedException closed) {
                    // closed
                  } catch (RuntimeException e) {
                    LOG.warn("The heap is no longer trimmed", e); // the console goes on without
                  }
                });
  }

  /**
   * Checks every {@code every} until closed, by {@link Rule#QUIET} while {@code isQuiet} says
   * nobody is using the window and by {@link Rule#BUSY} otherwise; a quiet window collects anyway
   * when {@code takeLetGo} says it let go of a view since it was last asked.
   */
  public static HeapTrim start(Duration every, BooleanSupplier isQuiet, BooleanSupplier takeLetGo) {
    return start(Rule.BUSY, Rule.QUIET, isQuiet, takeLetGo, every);
  }

  static HeapTrim start(
      Rule busy, Rule quiet, BooleanSupplier isQuiet, BooleanSupplier takeLetGo, Duration every) {
    return new HeapTrim(busy, quiet, isQuiet, takeLetGo, every);
  }

  /**
   * Asks for a full collection when the rule wants one.
   *
   * @return whether it asked
   */
  synchronized boolean checkOnce() {
    if (oldGeneration == null) {
      oldGeneration = oldGeneration(ManagementFactory.getMemoryPoolMXBeans());
    }
    if (oldGeneration.isEmpty()) {
      return false;
    }
    MemoryPoolMXBean pool = oldGeneration.get();
    long used = pool.getUsage().getUsed();
    long live = pool.getCollectionUsage().getUsed();
    boolean quietNow = isQuiet.getAsBoolean();
    boolean letGo = quietNow && takeLetGo.getAsBoolean(); // asked only when it can be acted on
    if (!letGo && !(quietNow ? quiet : busy).wantsCollection(used, live)) {
      return false;
    }
    if (quietNow) {
      shrinking(System::gc);
    } else {
      System.gc();
    }
    LOG.debug(
        "{} held {} MiB, {} MiB after the last full collection: collected, now {} MiB of {} MiB"
            + " committed",
        pool.getName(),
        used / MIB,
        live / MIB,
        pool.getUsage().getUsed() / MIB,
        pool.getUsage().getCommitted() / MIB);
    return true;
  }

  /**
   * Runs {@code collection} with {@code -XX:MaxHeapFreeRatio} lowered to {@code
   * -XX:MinHeapFreeRatio}, so that a full collection leaves the heap only the free space it keeps
   * anyway: the console's 30 % would leave about 38 MB of an 87 MB live set committed. For a quiet
   * window, which promotes little (the launcher's survivor spaces hold a poll's objects until they
   * die) and so stays near that size. While the user works the launcher's 30 % stays: a tighter
   * bound measured more full collections then. Both flags are manageable; on a JVM without them the
   * collection runs as it is.
   */
  static void shrinking(Runnable collection) {
    HotSpotDiagnosticMXBean vm;
    String max;
    try {
      vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      max = vm.getVMOption(MAX_FREE_RATIO).getValue();
      vm.setVMOption(MAX_FREE_RATIO, vm.getVMOption(MIN_FREE_RATIO).getValue());
    } catch (IllegalArgumentException unsupported) {
      collection.run();
      return;
    }
    try {
      collection.run();
    } finally {
      vm.setVMOption(MAX_FREE_RATIO, max);
    }
  }

  /** The collector's old generation ("Tenured Gen", "G1 Old Gen", ...), if it has one. */
  static Optional<MemoryPoolMXBean> oldGeneration(List<MemoryPoolMXBean> pools) {
    return pools.stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
        .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
        .findFirst();
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
