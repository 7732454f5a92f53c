package dev.fleetscope.model.poll;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A source whose next answer a test sets: a text, a failure, or a poll that hangs until released.
 */
final class Scripted implements PolledSource<String> {
  private final String id;
  private final Duration interval;
  private final AtomicInteger polls = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  volatile String answer;
  volatile String failure;
  volatile boolean hang;
  volatile boolean closed;

  Scripted(String id, Duration interval) {
    this.id = id;
    this.interval = interval;
    this.answer = id + "-1";
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String displayName() {
    return "Source " + id;
  }

  @Override
  public Duration interval() {
    return interval;
  }

  @Override
  public String poll() throws Exception {
    polls.incrementAndGet();
    if (hang) {
      release.await();
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
    return answer;
  }

  int polls() {
    return polls.get();
  }

  void release() {
    release.countDown();
  }

  @Override
  public void close() {
    closed = true;
  }
}
