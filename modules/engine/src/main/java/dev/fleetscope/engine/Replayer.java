package dev.fleetscope.engine;

/** Replays a history against any proposal, the strategies' own or one a person typed. */
public final class Replayer {
  private Replayer() {}

  /**
   * @param gpusSaved GPU-equivalents per replica the proposal gives back (from GPU advice; 0 when none)
   */
  public static Replay replay(
      UsageHistory history, ContainerFacts facts, Sizing proposed, double gpusSaved, UnitPrices prices) {
    double request = proposed.cpuRequest();
    double limit = proposed.cpuLimit();
    int cpuSamples = 0;
    int overRequest = 0;
    int overLimit = 0;
    // NaN (no sample) compares false, so the counts need no branch.
    for (double v : history.cpuCores()) {
      cpuSamples += v == v ? 1 : 0;
      overRequest += v > request ? 1 : 0;
      overLimit += v > limit ? 1 : 0;
    }
    double memoryLimit = proposed.memoryLimit();
    double[] memory = history.memoryBytes();
    int memorySamples = 0;
    long overMemory = 0;
    for (double v : memory) {
      memorySamples += v == v ? 1 : 0;
      overMemory += v > memoryLimit ? 1 : 0;
    }
    overMemory += killsAgain(history, facts.current(), proposed);
    Sizing current = facts.current();
    int replicas = facts.replicas();
    double cores = (current.cpuRequest() - request) * replicas;
    long bytes = (current.memoryRequest() - proposed.memoryRequest()) * replicas;
    double gpus = gpusSaved * replicas;
    Savings savings = new Savings(cores, bytes, gpus, prices.perMonth(cores, bytes, gpus), prices.currency());
    return new Replay(cpuSamples, share(overRequest, cpuSamples), share(overLimit, cpuSamples),
        memorySamples, overMemory, savings);
  }

  /**
   * Recorded OOM kills the proposal would not prevent: use reached the current limit then, so a proposed limit
   * no higher kills again; those whose sample already counts above the limit are not counted twice.
   */
  private static long killsAgain(UsageHistory history, Sizing current, Sizing proposed) {
    if (!current.limits().memoryBounded() || proposed.memoryLimit() > current.memoryLimit()) {
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

  private static double share(int count, int of) {
    return of == 0 ? 0 : count / (double) of;
  }
}
