package dev.fleetscope.engine.testing;

import dev.fleetscope.engine.ContainerFacts;
import dev.fleetscope.engine.Sizing;
import dev.fleetscope.engine.UsageHistory;
import dev.fleetscope.model.HorizontalAutoscaler;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * Six seeded 14-day traces at one-minute steps, each the kind of container a strategy must get
 * right. Usage is the true demand; where a trace is OOM-killed, the first {@value #RECORDED_DAYS}
 * days are recorded as the kubelet saw them (capped at the limit, with the kill times) and the rest
 * shows the demand a larger limit would meet.
 */
public final class SyntheticTraces {
  public static final int STEP = 60;
  public static final int PER_DAY = 1440;
  public static final int DAYS = 14;
  public static final int RECORDED_DAYS = 10;
  public static final long START = 1_700_006_400L; // a UTC midnight
  private static final double MIB = 1 << 20;
  private static final long GIB = 1L << 30;

  public record Trace(String name, UsageHistory history, ContainerFacts facts) {}

  private SyntheticTraces() {}

  public static List<Trace> all(long seed) {
    return List.of(
        diurnal(seed),
        leaky(seed + 1),
        bursty(seed + 2),
        oomKilled(seed + 3),
        idleNotebook(seed + 4),
        hpaScaled(seed + 5));
  }

  /** A web service: CPU follows the day (0.1..0.5 cores) with noise, memory 600..700 MiB. */
  public static Trace diurnal(long seed) {
    Random random = new Random(seed);
    int n = DAYS * PER_DAY;
    double[] cpu = new double[n];
    double[] memory = new double[n];
    for (int i = 0; i < n; i++) {
      double day = dayShape(i);
      cpu[i] = 0.3 * (1 + 0.6 * day) * Math.exp(0.15 * random.nextGaussian());
      memory[i] = (600 + 80 * (1 + day) / 2 + 5 * random.nextGaussian()) * MIB;
    }
    return new Trace(
        "diurnal service",
        UsageHistory.of(START, STEP, cpu, memory),
        ContainerFacts.of(Sizing.of(1, Double.POSITIVE_INFINITY, 2 * GIB, 2 * GIB)));
  }

  /** A leak: memory grows 5% a day from 300 MiB; CPU steady around 0.2 cores. */
  public static Trace leaky(long seed) {
    Random random = new Random(seed);
    int n = DAYS * PER_DAY;
    double[] cpu = new double[n];
    double[] memory = new double[n];
    for (int i = 0; i < n; i++) {
      cpu[i] = 0.2 * Math.exp(0.1 * random.nextGaussian());
      memory[i] =
          300 * MIB * Math.pow(1.05, i / (double) PER_DAY) * (1 + 0.01 * random.nextGaussian());
    }
    return new Trace(
        "leaky memory (+5%/day)",
        UsageHistory.of(START, STEP, cpu, memory),
        ContainerFacts.of(Sizing.of(0.5, Double.POSITIVE_INFINITY, GIB, GIB)));
  }

  /**
   * A queue worker: idle at 0.05 cores, bursts of 10..30 minutes at 1.5..2.5 cores and +600 MiB.
   */
  public static Trace bursty(long seed) {
    Random random = new Random(seed);
    int n = DAYS * PER_DAY;
    double[] cpu = new double[n];
    double[] memory = new double[n];
    int burstLeft = 0;
    double burst = 0;
    for (int i = 0; i < n; i++) {
      if (burstLeft == 0 && i % 60 == 0 && random.nextDouble() < 0.1) {
        burstLeft = 10 + random.nextInt(21);
        burst = 1.5 + random.nextDouble();
      }
      boolean busy = burstLeft > 0;
      burstLeft = Math.max(0, burstLeft - 1);
      cpu[i] =
          busy ? burst * (0.9 + 0.2 * random.nextDouble()) : 0.05 * (0.5 + random.nextDouble());
      memory[i] =
          (400 + (busy ? 600 * (0.8 + 0.2 * random.nextDouble()) : 20 * random.nextDouble())) * MIB;
    }
    return new Trace(
        "bursty worker",
        UsageHistory.of(START, STEP, cpu, memory),
        ContainerFacts.of(Sizing.of(2, Double.POSITIVE_INFINITY, 2 * GIB, 2 * GIB)));
  }

  /**
   * A batch container with a 512 MiB limit whose nightly job needs 540..620 MiB: each night it is
   * OOM-killed. The recorded days show 512 MiB and the kill; the last days show what the job really
   * needs.
   */
  public static Trace oomKilled(long seed) {
    Random random = new Random(seed);
    int n = DAYS * PER_DAY;
    long limit = 512L << 20;
    double[] cpu = new double[n];
    double[] memory = new double[n];
    List<Long> kills = new ArrayList<>();
    for (int d = 0; d < DAYS; d++) {
      double nightly = (540 + 80 * random.nextDouble()) * MIB;
      for (int m = 0; m < PER_DAY; m++) {
        int i = d * PER_DAY + m;
        boolean job = m >= 120 && m < 180;
        double demand =
            job
                ? 350 * MIB + (nightly - 350 * MIB) * (m - 120) / 59.0
                : (340 + 10 * random.nextDouble()) * MIB;
        cpu[i] = job ? 0.8 * (0.9 + 0.2 * random.nextDouble()) : 0.05 * (0.5 + random.nextDouble());
        if (d < RECORDED_DAYS && demand > limit) {
          if (memory[i - 1] < limit) {
            kills.add(START + (long) i * STEP);
          }
          memory[i] = limit;
        } else {
          memory[i] = demand;
        }
      }
    }
    long[] ooms = kills.stream().mapToLong(Long::longValue).toArray();
    return new Trace(
        "OOM-killed batch",
        new UsageHistory(START, STEP, cpu, memory, ooms),
        ContainerFacts.of(Sizing.of(1, Double.POSITIVE_INFINITY, limit, limit)));
  }

  /**
   * A notebook used on the first two days, idle since: a few millicores and 250 MiB of a 2-core, 8
   * GiB request.
   */
  public static Trace idleNotebook(long seed) {
    Random random = new Random(seed);
    int n = DAYS * PER_DAY;
    double[] cpu = new double[n];
    double[] memory = new double[n];
    for (int i = 0; i < n; i++) {
      boolean used = i < 2 * PER_DAY && dayShape(i) > 0.5 && random.nextDouble() < 0.3;
      cpu[i] = used ? 0.3 + 0.5 * random.nextDouble() : 0.002 * (0.5 + random.nextDouble());
      memory[i] = (i < 2 * PER_DAY ? 900 : 250 + 5 * random.nextDouble()) * MIB;
    }
    return new Trace(
        "idle notebook",
        UsageHistory.of(START, STEP, cpu, memory),
        ContainerFacts.of(Sizing.of(2, Double.POSITIVE_INFINITY, 8 * GIB, 8 * GIB)));
  }

  /**
   * A service scaled by an HPA at 70% CPU: per-replica use hovers at the target of its 1-core
   * request, with spikes while new replicas start.
   */
  public static Trace hpaScaled(long seed) {
    Random random = new Random(seed);
    int n = DAYS * PER_DAY;
    double[] cpu = new double[n];
    double[] memory = new double[n];
    for (int i = 0; i < n; i++) {
      boolean lagging = random.nextDouble() < 0.03;
      cpu[i] = 0.7 * (1 + 0.08 * random.nextGaussian()) * (lagging ? 1.3 : 1);
      memory[i] = (500 + 10 * random.nextGaussian()) * MIB;
    }
    ContainerFacts facts =
        ContainerFacts.of(Sizing.of(1, Double.POSITIVE_INFINITY, GIB, GIB))
            .withAutoscaler(new HorizontalAutoscaler(2, 10, OptionalDouble.of(0.7)));
    return new Trace("HPA-scaled service", UsageHistory.of(START, STEP, cpu, memory), facts);
  }

  /** 0 at night, 1 mid-day: {@code sin} of the hour, peaking at 12:00 UTC. */
  private static double dayShape(int minute) {
    return Math.sin(2 * Math.PI * ((minute % PER_DAY) / (double) PER_DAY - 0.25)) * 0.5 + 0.5;
  }
}
