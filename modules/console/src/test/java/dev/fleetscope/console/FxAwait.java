package dev.fleetscope.console;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for a condition on the console, checked on the FX thread. The scene graph, its tables and
 * their items belong to that thread: a lookup from the test's thread races the pulse that changes
 * them (an IndexOutOfBoundsException inside {@code Parent.lookupAll}, or a table read half
 * updated), which made the console suites fail by timing on a loaded machine.
 */
public final class FxAwait {
  private FxAwait() {}

  public static void until(int seconds, Callable<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(
        seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
  }

  /** As {@link #until(int, Callable)}; a timeout says what the console showed instead. */
  public static void until(int seconds, Callable<Boolean> condition, Supplier<String> shown)
      throws Exception {
    try {
      until(seconds, condition);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "timed out after "
              + seconds
              + " s; shown: "
              + WaitForAsyncUtils.asyncFx(shown::get).get(),
          e);
    }
  }
}
