package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test in which the JavaFX application thread was blocked for more than {@link #LIMIT}:
 * waiting on a lock, a sleep, a future or a latch, or on socket or file I/O, instead of returning
 * to its event loop.
 *
 * <p>A loaded machine must not fail a test, nor hide a block: a heartbeat timed from another thread
 * measures the machine as much as the FX thread. So a sampler looks at the FX thread itself every
 * {@link #PERIOD}, and only a stretch in which every sample found it blocked at the same frame,
 * with no gap in the sampling longer than {@link #MAX_GAP} (a descheduled sampler proves nothing),
 * counts. Test classes that drive the FX thread register it with
 * {@code @ExtendWith(FxWatchdog.class)}. Work the FX thread computes (layout, CSS) is not blocking
 * and is not counted here.
 */
public final class FxWatchdog implements BeforeEachCallback, AfterEachCallback {
  static final Duration LIMIT = Duration.ofMillis(100);
  static final Duration PERIOD = Duration.ofMillis(5);
  static final Duration MAX_GAP = Duration.ofMillis(40);
  private static final Duration LOOKUP_EVERY = Duration.ofMillis(100);

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FxWatchdog.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(NAMESPACE).put(Sampler.class, Sampler.start());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Sampler sampler = context.getStore(NAMESPACE).remove(Sampler.class, Sampler.class);
    if (sampler == null) {
      return;
    }
    List<String> blocks = sampler.stop();
    if (!blocks.isEmpty()) {
      fail(
          "the JavaFX application thread was blocked longer than "
              + LIMIT.toMillis()
              + " ms:\n"
              + String.join("\n", blocks));
    }
  }

  /** Samples the FX thread on a daemon thread of its own until stopped. */
  static final class Sampler {
    private final AtomicBoolean running = new AtomicBoolean(true);
    private Thread fx;
    private long lookedUp;
    private final List<String> blocks = new ArrayList<>();
    private final Thread thread;

    private Sampler() {
      this.thread = Thread.ofPlatform().daemon().name("fx-watchdog").unstarted(this::run);
    }

    static Sampler start() {
      Sampler sampler = new Sampler();
      sampler.thread.start();
      return sampler;
    }

    /** Stops sampling; returns the blocks seen, each with where the FX thread waited. */
    List<String> stop() {
      running.set(false);
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (blocks) {
        return List.copyOf(blocks);
      }
    }

    private void run() {
      Stretch stretch = null;
      long previous = System.nanoTime();
      while (running.get()) {
        long now = System.nanoTime();
        Optional<String> blockedAt = fxThread().flatMap(FxWatchdog::blockedAt);
        boolean continuous = now - previous <= MAX_GAP.toNanos();
        if (blockedAt.isPresent()
            && continuous
            && stretch != null
            && stretch.frame().equals(blockedAt.get())) {
          stretch = stretch.until(now);
        } else {
          close(stretch);
          stretch = blockedAt.map(frame -> new Stretch(frame, now, now)).orElse(null);
        }
        previous = now;
        try {
          Thread.sleep(PERIOD);
        } catch (InterruptedException e) {
          return;
        }
      }
      close(stretch);
    }

    /** The FX thread, looked up once it exists (TestFX starts it in the first test). */
    private Optional<Thread> fxThread() {
      long now = System.nanoTime();
      if ((fx == null || !fx.isAlive()) && now - lookedUp > LOOKUP_EVERY.toNanos()) {
        lookedUp = now;
        fx =
            Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("JavaFX Application Thread"))
                .findFirst()
                .orElse(null);
      }
      return Optional.ofNullable(fx);
    }

    private void close(Stretch stretch) {
      if (stretch != null && stretch.length().compareTo(LIMIT) > 0) {
        synchronized (blocks) {
          blocks.add("  " + stretch.length().toMillis() + " ms at " + stretch.frame());
        }
      }
    }
  }

  /** A run of samples that found the FX thread blocked at one frame. */
  private record Stretch(String frame, long first, long last) {
    Stretch until(long now) {
      return new Stretch(frame, first, now);
    }

    Duration length() {
      return Duration.ofNanos(last - first);
    }
  }

  /**
   * Where the FX thread is blocked, or empty when it is idle in its event loop, computing, or
   * waiting inside JavaFX itself (a pulse waiting for the render thread is JavaFX's business). It
   * is blocked when it waits for a monitor, waits or sleeps, or sits in a socket's or a file's
   * native read or write, on behalf of code that is not JavaFX's: ours, or a library ours called.
   */
  static Optional<String> blockedAt(Thread fx) {
    Thread.State state = fx.getState();
    StackTraceElement[] stack = fx.getStackTrace();
    if (stack.length == 0 || state == Thread.State.NEW || state == Thread.State.TERMINATED) {
      return Optional.empty();
    }
    boolean waits = state != Thread.State.RUNNABLE || ioFrame(stack[0]);
    Optional<StackTraceElement> caller =
        Arrays.stream(stack).filter(f -> !runtimeFrame(f)).findFirst();
    if (!waits || caller.isEmpty() || javaFxFrame(caller.get())) {
      return Optional.empty();
    }
    return Optional.of(state + " in " + stack[0] + " called from " + caller.get());
  }

  private static boolean runtimeFrame(StackTraceElement f) {
    String c = f.getClassName();
    return c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.");
  }

  private static boolean javaFxFrame(StackTraceElement f) {
    String c = f.getClassName();
    return c.startsWith("com.sun.glass.")
        || c.startsWith("com.sun.javafx.")
        || c.startsWith("com.sun.prism.")
        || c.startsWith("com.sun.scenario.")
        || c.startsWith("javafx.");
  }

  private static boolean ioFrame(StackTraceElement top) {
    String c = top.getClassName();
    return top.isNativeMethod()
        && (c.startsWith("sun.nio.") || c.startsWith("java.net.") || c.startsWith("java.io."));
  }
}
