package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The worker on its own, without a window: latches say when work runs, no clock does. */
class CoalescingWorkerTest {

  @Test
  void aTaskAskedForFiveTimesWhileQueuedRunsOnce() throws InterruptedException {
    try (CoalescingWorker worker = new CoalescingWorker("test-worker")) {
      CountDownLatch release = new CountDownLatch(1);
      worker.execute(() -> awaitQuietly(release)); // holds the thread, so the task stays queued
      AtomicInteger runs = new AtomicInteger();
      CoalescingWorker.Task task = worker.task(runs::incrementAndGet);
      for (int i = 0; i < 5; i++) {
        task.schedule();
      }
      assertTrue(task.isQueued());
      release.countDown();
      awaitDrained(worker);
      assertEquals(1, runs.get());
    }
  }

  @Test
  void aTaskAskedForWhileItRunsRunsOnceMoreForTheNewerInput() throws InterruptedException {
    try (CoalescingWorker worker = new CoalescingWorker("test-worker")) {
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      AtomicInteger runs = new AtomicInteger();
      CoalescingWorker.Task task =
          worker.task(
              () -> {
                if (runs.incrementAndGet() == 1) {
                  started.countDown();
                  awaitQuietly(release);
                }
              });
      task.schedule();
      started.await();
      assertFalse(task.isQueued(), "a run under way is no longer queued");
      task.schedule(); // the first run may have read the old input already
      release.countDown();
      awaitDrained(worker);
      assertEquals(2, runs.get());
    }
  }

  @Test
  void runsWorkInOrderOnOneThreadOfItsName() throws InterruptedException {
    try (CoalescingWorker worker = new CoalescingWorker("utilization")) {
      List<String> seen = new CopyOnWriteArrayList<>();
      for (int i = 0; i < 3; i++) {
        int n = i;
        worker.execute(() -> seen.add(Thread.currentThread().getName() + " " + n));
      }
      worker.task(() -> seen.add("task")).schedule();
      awaitDrained(worker);
      assertEquals(List.of("utilization 0", "utilization 1", "utilization 2", "task"), seen);
    }
  }

  @Test
  void closingInterruptsTheWorkUnderWayDropsTheQueuedAndAcceptsNothingNew()
      throws InterruptedException {
    CoalescingWorker worker = new CoalescingWorker("test-worker");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch ended = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    worker.execute(
        () -> {
          started.countDown();
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            interrupted.set(true);
          } finally {
            ended.countDown();
          }
        });
    AtomicInteger queued = new AtomicInteger();
    worker.task(queued::incrementAndGet).schedule();
    started.await();
    worker.close();
    ended.await();
    worker.execute(queued::incrementAndGet); // no exception: a closed worker drops it
    worker.task(queued::incrementAndGet).schedule();
    assertTrue(interrupted.get(), "the work under way was interrupted");
    assertTrue(worker.isClosed());
    assertEquals(0, queued.get(), "queued work was dropped");
  }

  @Test
  void closeAfterRunsWhatIsQueuedThenTheLastWorkAndWaitsForIt() {
    CoalescingWorker worker = new CoalescingWorker("test-worker");
    List<String> seen = new CopyOnWriteArrayList<>();
    worker.task(() -> seen.add("queued")).schedule();
    worker.closeAfter(() -> seen.add("last"), Duration.ofSeconds(30));
    assertEquals(List.of("queued", "last"), seen);
    assertTrue(worker.isClosed());
  }

  /** Returns once everything queued before it has run. */
  private static void awaitDrained(CoalescingWorker worker) throws InterruptedException {
    CountDownLatch drained = new CountDownLatch(1);
    worker.execute(drained::countDown);
    drained.await();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
