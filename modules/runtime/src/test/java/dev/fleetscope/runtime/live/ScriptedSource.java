package dev.fleetscope.runtime.live;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.FleetSource;
import dev.fleetscope.model.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A source whose polls a test scripts: answer with one named cluster, fail with a message, or hang
 * until released. Stands in for a Prometheus or cluster that goes away.
 */
public final class ScriptedSource implements FleetSource {
  public enum Next {
    ANSWER,
    FAIL,
    HANG
  }

  private final String id;
  private final Duration interval;
  private volatile Next next = Next.ANSWER;
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger polls = new AtomicInteger();
  private volatile boolean closed;

  public ScriptedSource(String id, Duration interval) {
    this.id = id;
    this.interval = interval;
  }

  public void next(Next what) {
    next = what;
  }

  public void release() {
    release.countDown();
  }

  public int polls() {
    return polls.get();
  }

  public boolean closed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String displayName() {
    return "Scripted " + id;
  }

  @Override
  public Duration interval() {
    return interval;
  }

  @Override
  public FleetSnapshot poll() throws Exception {
    polls.incrementAndGet();
    switch (next) {
      case FAIL -> throw new java.io.IOException("connection refused: http://" + id + ":9090");
      case HANG -> release.await();
      case ANSWER -> {}
    }
    Cluster cluster =
        new Cluster(id + "-cluster", Provider.ON_PREM, "lab", id, List.of(), List.of());
    return new FleetSnapshot(Instant.EPOCH, List.of(cluster), Map.of(), List.of());
  }
}
