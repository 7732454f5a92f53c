package dev.fleetscope.simulator;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.ContainerSpec;
import dev.fleetscope.model.ContainerUsage;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.PodResources;
import dev.fleetscope.model.WorkloadRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo fleet in motion: records each container's usage minute by minute (14 days of history
 * first, then live) and assembles snapshots. Everything is a function of the seed and the clock, so
 * a test with a fixed clock sees the same numbers every run.
 *
 * <p>Threading: one thread at a time calls {@link #buildHistory()} (which fans out over the common
 * pool) and {@link #advance()}; snapshots are immutable and may go to any thread.
 */
public final class Simulator {
  public static final long DEFAULT_SEED = 20261124L;
  public static final Duration STEP = Duration.ofMinutes(1);
  public static final Duration HISTORY = Duration.ofDays(14);

  private final long seed;
  private final Clock clock;
  private final List<ContainerTrack> tracks;
  private final Map<ContainerRef, ContainerTrack> trackOf = new HashMap<>();
  private volatile DemoFleet fleet;
  private int generation;
  private final AtomicInteger tracksBuilt = new AtomicInteger();
  private final FleetAssembler assembler = new FleetAssembler();
  private volatile boolean historyReady;

  public Simulator(long seed, Clock clock) {
    this.seed = seed;
    this.fleet = DemoFleetBuilder.build(seed);
    this.clock = clock;
    Instant start = Instant.ofEpochSecond(currentMinute() * 60).minus(HISTORY);
    int retention = (int) HISTORY.dividedBy(STEP);
    this.tracks =
        fleet.containers().map(c -> new ContainerTrack(c, start, STEP, retention)).toList();
    tracks.forEach(t -> trackOf.put(t.container().ref(), t));
  }

  /**
   * Records the 14 days before now, all cores at work; {@link #historyProgress()} tells how far it
   * got.
   */
  public void buildHistory() {
    long until = currentMinute();
    tracks.parallelStream()
        .forEach(
            t -> {
              t.recordUntil(until);
              tracksBuilt.incrementAndGet();
            });
    historyReady = true;
  }

  public boolean historyReady() {
    return historyReady;
  }

  /** Share of the containers whose history is recorded, 0..1. */
  public double historyProgress() {
    return tracksBuilt.get() / (double) tracks.size();
  }

  /** Records the minutes that have completed since the last call. */
  public synchronized void advance() {
    long until = currentMinute();
    tracks.forEach(t -> t.recordUntil(until));
  }

  /**
   * The fleet now. Before the history is ready, containers carry only their instant readings, which
   * lets the console draw a live fleet while the history is still being recorded.
   */
  public FleetSnapshot snapshot(String sourceId) {
    DemoFleet fleet = this.fleet;
    Instant now = clock.instant();
    long minute = currentMinute();
    boolean withHistory = historyReady;
    Map<ContainerRef, ContainerUsage> usage = new HashMap<>();
    UsagePoint point = new UsagePoint();
    for (ContainerTrack track : tracks) {
      Map<Metric, Double> reading = reading(track.container(), minute, now.getEpochSecond(), point);
      usage.put(
          track.container().ref(),
          withHistory
              ? track.usage(reading)
              : new ContainerUsage(track.container().ref(), Map.of(), reading, List.of()));
    }
    FleetAssembler.OomHistory ooms =
        withHistory ? c -> trackOf.get(c.ref()).oomKills() : c -> List.of();
    return new FleetSnapshot(
        now, assembler.clusters(fleet, sourceId, minute, ooms), usage, List.of());
  }

  /**
   * An instant reading: the minute's level with a little second-to-second movement, as a scrape
   * would see it.
   */
  static Map<Metric, Double> reading(
      SimContainer c, long minute, long epochSecond, UsagePoint point) {
    c.usage(minute, point);
    Map<Metric, Double> now = new EnumMap<>(Metric.class);
    if (!point.running) {
      return now;
    }
    long tick = epochSecond / 2;
    now.put(Metric.CPU_CORES, point.cpu * (1 + 0.06 * Noise.gaussian(c.stream() + 11, tick)));
    now.put(
        Metric.MEMORY_BYTES, point.memory * (0.97 + 0.03 * Noise.uniform(c.stream() + 12, tick)));
    if (c.usesGpu()) {
      double activity =
          Math.clamp(point.gpuActivity * (1 + 0.05 * Noise.gaussian(c.stream() + 13, tick)), 0, 1);
      now.put(Metric.GPU_UTILIZATION, c.onMigSlice() ? 0 : activity);
      now.put(Metric.GPU_ENGINE_ACTIVE, activity * 0.92);
      now.put(Metric.GPU_MEMORY_BYTES, point.gpuMemory);
    }
    return now;
  }

  private long currentMinute() {
    return Math.floorDiv(clock.instant().getEpochSecond(), 60);
  }

  DemoFleet fleet() {
    return fleet;
  }

  ContainerTrack track(SimContainer container) {
    return trackOf.get(container.ref());
  }

  /**
   * Gives containers of a workload new specs (a rightsizing patch) and lets the cluster settle: its
   * pods are replaced and its nodes re-packed, so a smaller request shows up as fewer nodes and a
   * lower cost. Specs may name init containers; {@code pod} replaces pod-level resources.
   */
  synchronized SimWorkload resize(
      WorkloadRef ref, Map<String, ContainerSpec> specs, Optional<PodResources> pod) {
    SimCluster cluster =
        fleet.clusters().stream()
            .filter(c -> c.name().equals(ref.cluster()))
            .findFirst()
            .orElseThrow();
    SimWorkload workload =
        cluster.workloads().stream().filter(w -> w.ref().equals(ref)).findFirst().orElseThrow();
    List<SimContainer> containers =
        workload.containers().stream()
            .map(
                c ->
                    specs.containsKey(c.spec().name())
                        ? new SimContainer(
                            c.ref(), specs.get(c.spec().name()), c.profile(), c.stream())
                        : c)
            .toList();
    containers.forEach(c -> trackOf.get(c.ref()).resize(c));
    SimExtras extras = workload.extras();
    SimExtras resizedExtras =
        new SimExtras(
            extras.vpa(),
            pod.or(extras::podResources),
            extras.initContainers().stream().map(c -> specs.getOrDefault(c.name(), c)).toList(),
            extras.gpuClaims(),
            extras.showcase());
    SimCluster resized =
        cluster.withWorkloads(
            cluster.workloads().stream()
                .map(
                    w ->
                        w.ref().equals(ref)
                            ? w.withContainers(containers).withExtras(resizedExtras)
                            : w)
                .toList());
    SimCluster settled = DemoFleetBuilder.repack(resized, seed, ++generation, Set.of(ref));
    fleet =
        new DemoFleet(
            fleet.seed(),
            fleet.clusters().stream()
                .map(c -> c.name().equals(ref.cluster()) ? settled : c)
                .toList());
    return settled.workloads().stream().filter(w -> w.ref().equals(ref)).findFirst().orElseThrow();
  }

  Clock clock() {
    return clock;
  }

  public int workloadCount() {
    return (int) fleet.workloads().count();
  }

  public int containerCount() {
    return tracks.size();
  }
}
