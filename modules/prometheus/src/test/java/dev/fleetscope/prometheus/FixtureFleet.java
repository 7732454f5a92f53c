package dev.fleetscope.prometheus;

import dev.fleetscope.model.ContainerRef;
import dev.fleetscope.model.Metric;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A small two-cluster fleet written as cAdvisor, kube-state-metrics and DCGM exporter would have it
 * scraped every minute, with its usage defined per five-minute step so that what Fleetscope must
 * read back is known exactly: CPU is constant within a step (so its rate over the step is that
 * constant), memory and GPU framebuffer peak once per step at a varying minute (the other minutes
 * read 90% of the peak), GPU activity is constant per step.
 *
 * <p>Pods live whole steps: from the start of step {@code from} to the end of step {@code to - 1},
 * scraped at each minute after their start. A workload container's expected value is the busiest of
 * its pods in that step.
 */
record FixtureFleet(Instant start, int steps, List<FixturePod> pods) {
  static final Duration STEP = Duration.ofMinutes(5);
  static final int SCRAPES_PER_STEP = 5;

  FixtureFleet {
    pods = List.copyOf(pods);
  }

  /** Where the history ends: the end of the last step. */
  Instant end() {
    return start.plus(STEP.multipliedBy(steps));
  }

  /** The scrape times of step k: its 1st to 5th minute. */
  long scrapeTime(int step, int minute) {
    return start.getEpochSecond() + step * STEP.toSeconds() + 60L * (minute + 1);
  }

  /**
   * What Fleetscope must read for a workload container, one value per step, NaN where no pod of it
   * ran.
   */
  double[] expected(ContainerRef ref, Metric metric) {
    double[] out = new double[steps];
    Arrays.fill(out, Double.NaN);
    for (FixturePod pod : pods) {
      if (!pod.owner().equals(ref.workload())) {
        continue;
      }
      for (FixturePod.Usage usage : pod.containers()) {
        if (!usage.name().equals(ref.container())) {
          continue;
        }
        for (int k = pod.from(); k < pod.to(); k++) {
          double value = usage.value(metric, k) * pod.scale();
          if (!Double.isNaN(value) && (Double.isNaN(out[k]) || value > out[k])) {
            out[k] = value;
          }
        }
      }
    }
    return out;
  }

  List<ContainerRef> containers() {
    List<ContainerRef> refs = new ArrayList<>();
    for (FixturePod pod : pods) {
      for (FixturePod.Usage usage : pod.containers()) {
        ContainerRef ref = pod.owner().container(usage.name());
        if (!refs.contains(ref)) {
          refs.add(ref);
        }
      }
    }
    return refs;
  }

  /**
   * The standard fixture: twelve hours ending {@code end}, two clusters, five workloads, rollouts
   * and OOM kills.
   */
  static FixtureFleet standard(Instant end) {
    int steps = 144;
    Instant start = end.minus(STEP.multipliedBy(steps));
    WorkloadRef inference = new WorkloadRef("c1", "ml", WorkloadKind.DEPLOYMENT, "inference");
    WorkloadRef store = new WorkloadRef("c1", "ml", WorkloadKind.STATEFUL_SET, "feature-store");
    WorkloadRef nightly = new WorkloadRef("c1", "batch", WorkloadKind.CRON_JOB, "nightly-train");
    WorkloadRef agent = new WorkloadRef("c2", "web", WorkloadKind.DAEMON_SET, "log-agent");
    WorkloadRef api = new WorkloadRef("c2", "web", WorkloadKind.DEPLOYMENT, "api");
    FixturePod.Usage server =
        new FixturePod.Usage(
            "server", 1.5, 0.75, 3, 6L << 30, 40, true, 0, Optional.empty(), Optional.empty());
    FixturePod.Usage sidecar =
        new FixturePod.Usage(
            "sidecar",
            0.05,
            0.02,
            5,
            128L << 20,
            10,
            false,
            Double.NaN,
            Optional.empty(),
            Optional.empty());
    List<FixturePod> pods =
        List.of(
            new FixturePod(
                "inference-7d9f-a",
                inference,
                "ReplicaSet",
                "inference-7d9f",
                0,
                steps,
                1.0,
                "gpu-node-1",
                List.of(server, sidecar)),
            new FixturePod(
                "inference-7d9f-b",
                inference,
                "ReplicaSet",
                "inference-7d9f",
                0,
                steps,
                0.5,
                "gpu-node-1",
                List.of(server, sidecar)),
            new FixturePod(
                "feature-store-0",
                store,
                "StatefulSet",
                "feature-store",
                0,
                steps,
                1.0,
                "gpu-node-1",
                List.of(
                    new FixturePod.Usage(
                        "redis",
                        0.4,
                        0.3,
                        7,
                        3L << 30,
                        25,
                        false,
                        Double.NaN,
                        Optional.of(100),
                        Optional.of(100)))),
            new FixturePod(
                "nightly-train-29120-xk2p",
                nightly,
                "Job",
                "nightly-train-29120",
                24,
                48,
                1.0,
                "gpu-node-1",
                List.of(
                    new FixturePod.Usage(
                        "trainer",
                        3.0,
                        2.0,
                        11,
                        12L << 30,
                        50,
                        false,
                        Double.NaN,
                        Optional.empty(),
                        Optional.empty()))),
            new FixturePod(
                "log-agent-x1",
                agent,
                "DaemonSet",
                "log-agent",
                0,
                steps,
                1.0,
                "web-node-1",
                List.of(
                    new FixturePod.Usage(
                        "agent",
                        0.2,
                        0.1,
                        13,
                        256L << 20,
                        15,
                        false,
                        0.25,
                        Optional.empty(),
                        Optional.of(60)))),
            new FixturePod(
                "api-5f6b-aaa",
                api,
                "ReplicaSet",
                "api-5f6b",
                0,
                72,
                1.0,
                "web-node-1",
                List.of(
                    new FixturePod.Usage(
                        "app",
                        0.8,
                        0.6,
                        17,
                        1L << 30,
                        30,
                        false,
                        Double.NaN,
                        Optional.empty(),
                        Optional.empty()))),
            new FixturePod(
                "api-6c7d-bbb",
                api,
                "ReplicaSet",
                "api-6c7d",
                72,
                steps,
                1.0,
                "web-node-1",
                List.of(
                    new FixturePod.Usage(
                        "app",
                        0.8,
                        0.6,
                        17,
                        1L << 30,
                        30,
                        false,
                        Double.NaN,
                        Optional.empty(),
                        Optional.empty()))));
    return new FixtureFleet(start, steps, pods);
  }

  /**
   * The expected OOM kills of a container: the start of each step in which one of its pods was
   * killed.
   */
  List<Instant> expectedOomKills(ContainerRef ref) {
    List<Instant> kills = new ArrayList<>();
    for (FixturePod pod : pods) {
      if (pod.owner().equals(ref.workload())) {
        pod.containers().stream()
            .filter(u -> u.name().equals(ref.container()))
            .forEach(
                u ->
                    u.oomByKubeStateMetrics()
                        .ifPresent(k -> kills.add(start.plus(STEP.multipliedBy(k)))));
      }
    }
    return kills;
  }
}
