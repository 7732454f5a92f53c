package dev.fleetscope.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a console that is left on near the memory it needs. The serial collector (the launcher's
 * choice for one user's window) grows the old generation towards {@code -Xmx} rather than collect
 * it, and gives memory back to the system only after a full collection: a wall rotating its views
 * went from 667 to 1,180 MiB resident in 12 minutes while what it held stayed flat
 * (docs/performance.md). So every so often, when the old generation holds far more than the last
 * full collection left alive, this asks for one; {@code -XX:MaxHeapFreeRatio} then returns the
 * space.
 */
public final class HeapTrim implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HeapTrim.class);
  private static final long MIB = 1024 * 1024;

  /**
   * When the old generation is worth a full collection: it holds more than {@code factor} times
   * what the last one left alive, and more than {@code slackBytes} beyond it (so a small heap is
   * not collected for a few megabytes).
   */
  public record Rule(double factor, long slackBytes) {
    public static final Rule DEFAULT = new Rule(1.5, 64 * MIB);

    public boolean wantsCollection(long usedBytes, long liveAfterLastFull) {
      return usedBytes
          > Math.max((long) (liveAfterLastFull * factor), liveAfterLastFull + slackBytes);
    }
  }

  private final Rule rule;
  private final Thread thread;

  /** Found at the first check, off the way to the first frame. */
  private Optional<MemoryPoolMXBean> oldGeneration;

  private HeapTrim(Rule rule, Duration every) {
    this.rule = rule;
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

  /** Checks every {@code every} until closed. */
  public static HeapTrim start(Rule rule, Duration every) {
    return new HeapTrim(rule, every);
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
    if (!rule.wantsCollection(used, live)) {
      return false;
    }
    System.gc();
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
