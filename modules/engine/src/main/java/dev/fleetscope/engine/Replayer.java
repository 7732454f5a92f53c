package dev.fleetscope.engine;

import dev.fleetscope.model.UnitPrices;

/**
 * Replays a history against any proposal, the strategies' own or one a person typed. A JVM's memory
 * is what the JVM would take under the proposed limit ({@link JvmFloor#overLimit}); where an HPA
 * scales on the utilization of the request, the replay carries the replicas it would have run.
 * Savings are counted at the replicas that ran.
 */
public final class Replayer {
  private Replayer() {}

  /**
   * @param gpusSaved GPU-equivalents per replica the proposal gives back (from GPU advice; 0 when
   *     none)
   */
  public static Replay replay(
      UsageHistory history,
      ContainerFacts facts,
      Sizing proposed,
      double gpusSaved,
      UnitPrices prices) {
    double[] cpu = history.cpuCores();
    double[] memory = history.memoryBytes();
    int cpuSamples = present(cpu);
    int overRequest = above(cpu, proposed.cpuRequest());
    int overLimit = proposed.limits().cpuBounded() ? above(cpu, proposed.cpuLimit()) : 0;
    int memorySamples = present(memory);
    long overMemory =
        facts.jvm().isPresent()
            ? Math.max(
                above(memory, proposed.memoryLimit()),
                JvmFloor.overLimit(memory, facts.jvm().get(), proposed.memoryLimit()))
            : above(memory, proposed.memoryLimit());
    overMemory += killsAgain(history, facts.current(), proposed);
    Sizing current = facts.current();
    double request = proposed.cpuRequest();
    int replicas = facts.replicas();
    double cores = (current.cpuRequest() - request) * replicas;
    long bytes = (current.memoryRequest() - proposed.memoryRequest()) * replicas;
    double gpus = gpusSaved * replicas;
    Savings savings =
        new Savings(cores, bytes, gpus, prices.perMonth(cores, bytes, gpus), prices.currency());
    return new Replay(
        cpuSamples,
        share(overRequest, cpuSamples),
        share(overLimit, cpuSamples),
        memorySamples,
        overMemory,
        savings,
        HpaReplays.of(history, facts, proposed));
  }

  /**
   * Recorded OOM kills the proposal would not prevent: use reached the current limit then, so a
   * proposed limit no higher kills again; those whose sample already counts above the limit are not
   * counted twice.
   */
  private static long killsAgain(UsageHistory history, Sizing current, Sizing proposed) {
    if (history.oomKillEpochSeconds().length == 0
        || !current.limits().memoryBounded()
        || proposed.memoryLimit() > current.memoryLimit()) {
      return 0;
    }
    double[] memory = history.memoryBytes();
    return java.util.Arrays.stream(history.oomKillEpochSeconds())
        .map(history::indexOf)
        .filter(i -> i >= 0 && i < memory.length)
        .distinct()
        .filter(i -> !(memory[(int) i] > proposed.memoryLimit()))
        .count();
  }

  // One condition per loop, so that the compiler can turn each into vector compares. NaN (no
  // sample) compares
  // false, so the counts need no branch.
  private static int present(double[] values) {
    int count = 0;
    for (double v : values) {
      count += v == v ? 1 : 0;
    }
    return count;
  }

  private static int above(double[] values, double threshold) {
    int count = 0;
    for (double v : values) {
      count += v > threshold ? 1 : 0;
    }
    return count;
  }

  private static double share(int count, int of) {
    return of == 0 ? 0 : count / (double) of;
  }
}
