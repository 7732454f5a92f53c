package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The watchdog itself: it sees the FX thread blocked, and not the FX thread at work or idle. */
class FxWatchdogTest {
  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void aSleepOnTheFxThreadIsABlockNamingWhereItWaited() throws Exception {
    List<String> blocks = watchWhileTheFxThreadRuns(() -> sleep(1000));
    assertEquals(1, blocks.size(), blocks.toString());
    assertTrue(blocks.getFirst().contains("FxWatchdogTest.sleep"), blocks.getFirst());
  }

  @Test
  void aShortWaitIsNone() throws Exception {
    assertEquals(List.of(), watchWhileTheFxThreadRuns(() -> sleep(30)));
  }

  @Test
  void computingIsNotBlocking() throws Exception {
    assertEquals(
        List.of(),
        watchWhileTheFxThreadRuns(
            () -> {
              long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
              double x = 0;
              while (System.nanoTime() < end) {
                x += Math.sqrt(x + 1);
              }
              if (x < 0) {
                throw new AssertionError();
              }
            }));
  }

  @Test
  void anIdleFxThreadIsNotBlocked() throws Exception {
    FxWatchdog.Sampler sampler = FxWatchdog.Sampler.start();
    Thread.sleep(300);
    assertEquals(List.of(), sampler.stop());
  }

  private static List<String> watchWhileTheFxThreadRuns(Runnable work) throws Exception {
    FxWatchdog.Sampler sampler = FxWatchdog.Sampler.start();
    Thread.sleep(50); // the sampler finds the FX thread
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(
        () -> {
          work.run();
          done.countDown();
        });
    assertTrue(done.await(10, TimeUnit.SECONDS));
    return sampler.stop();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
