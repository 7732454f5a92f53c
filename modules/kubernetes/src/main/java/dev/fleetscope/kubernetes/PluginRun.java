package dev.fleetscope.kubernetes;

import dev.fleetscope.model.net.DeadlineExceededException;
import dev.fleetscope.model.net.Deadlines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a credential plugin under a deadline, as kubectl runs one: stdout and stderr are read at
 * once on threads of their own (a plugin that fills one pipe while Fleetscope waits on the other
 * would block forever), and a plugin that passes its deadline is killed with every process it
 * started.
 */
final class PluginRun {
  /** What a plugin printed and how it ended. */
  record Output(int exitCode, byte[] stdout, String stderr) {}

  private static final int MAX_STDOUT = 1 << 20;
  private static final int MAX_STDERR = 16 << 10;

  private PluginRun() {}

  /**
   * @param what how messages name the plugin: {@code exec credential plugin of user ana (aws eks
   *     get-token ...)}
   */
  static Output run(ProcessBuilder builder, Duration deadline, String what) throws IOException {
    long end = System.nanoTime() + deadline.toNanos();
    Process process = builder.start();
    Pipe out = Pipe.drain(process.getInputStream(), MAX_STDOUT);
    Pipe err = Pipe.drain(process.getErrorStream(), MAX_STDERR);
    try {
      boolean exited = process.waitFor(remaining(end), TimeUnit.NANOSECONDS);
      if (!exited || !out.join(remaining(end)) || !err.join(remaining(end))) {
        int stopped = killTree(process);
        DeadlineExceededException passed =
            new DeadlineExceededException(what, Deadlines.Kind.RUN, deadline, null);
        throw new IOException(
            passed.getMessage()
                + (exited
                    ? "; a process it started still held its output open"
                    : "; it was stopped"
                        + (stopped > 0
                            ? " with the "
                                + stopped
                                + " process"
                                + (stopped == 1 ? "" : "es")
                                + " it started"
                            : ""))
                + stderrTail(err),
            passed);
      }
      return new Output(process.exitValue(), out.bytes(), err.text());
    } catch (InterruptedException e) {
      killTree(process);
      Thread.currentThread().interrupt();
      throw new IOException(what + " was cancelled: Fleetscope stopped waiting for it", e);
    }
  }

  /** Kills the plugin and its descendants, found before it dies (they are orphaned after). */
  private static int killTree(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    return descendants.size();
  }

  private static String stderrTail(Pipe err) {
    String text = err.text();
    return text.isEmpty() ? "" : " (it said: " + text + ")";
  }

  private static long remaining(long end) {
    return Math.max(0, end - System.nanoTime());
  }

  /** One output of the plugin, read to its end on a virtual thread, keeping at most a limit. */
  private static final class Pipe {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int limit;
    private final Thread reader;

    private Pipe(InputStream in, int limit) {
      this.limit = limit;
      this.reader = Thread.ofVirtual().name("credential plugin output").start(() -> read(in));
    }

    static Pipe drain(InputStream in, int limit) {
      return new Pipe(in, limit);
    }

    private void read(InputStream in) {
      byte[] buffer = new byte[8192];
      try (in) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          synchronized (kept) {
            kept.write(buffer, 0, Math.max(0, Math.min(n, limit - kept.size())));
          }
        }
      } catch (IOException closed) {
        // the process was killed: what was read is kept
      }
    }

    boolean join(long nanos) throws InterruptedException {
      return reader.join(Duration.ofNanos(Math.max(1, nanos)));
    }

    byte[] bytes() {
      synchronized (kept) {
        return kept.toByteArray();
      }
    }

    /** Trimmed, on one line, at most 1,000 characters: what the plugin said on stderr. */
    String text() {
      String flat = new String(bytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
      flat = flat.replaceAll("\\s*\\R\\s*", " | ");
      return flat.length() <= 1000 ? flat : flat.substring(0, 1000) + "…";
    }
  }
}
