package dev.fleetscope.simulator;

/**
 * Computes one replica's serving in one minute from the demand its container has then, so traffic
 * follows the day as CPU use does: requests in proportion to CPU demand, latency log-normal around
 * the model's median, slower when the CPU limit throttles the container or, for the model that
 * degrades, in the busiest hours; LLM servers queue what exceeds their slots (Little's law). A pure
 * function of (server, minute).
 */
final class ServingMinute {
  private static final int SPIKE_START_LOCAL_MINUTE = 14 * 60;
  private static final int SPIKE_MINUTES = 40;
  private static final double SPIKE_ERROR_RATIO = 0.15;
  private static final double LENGTH_CAPPED = 0.07;

  private final UsagePoint demand = new UsagePoint();
  private final UsagePoint usage = new UsagePoint();

  /** Fills {@code out} with the minute of one replica of {@code server}. */
  void fill(DemoServer server, long minute, ServingPoint out) {
    out.clear();
    SimContainer container = server.workload().primary();
    container.profile().demand(minute, container.stream(), demand);
    if (!demand.running) {
      return;
    }
    container.usage(minute, usage);
    ServingTraits t = server.traits();
    double cpu = Math.max(demand.cpu, 0.01);
    double perSecond = t.requestsPerCoreSecond() * cpu;
    double n = Math.round(perSecond * 60);
    double slowdown = slowdown(server, cpu, usage.throttled);
    out.requests = n;
    out.failures = Math.round(n * errorRatio(server, minute));
    switch (server.kind()) {
      case OTEL -> otel(t, n, out.failures, slowdown, out);
      case TRITON -> triton(t, n, out.failures, slowdown, perSecond, out);
      case VLLM ->
          llm(t, n, slowdown, perSecond, ServingBuckets.VLLM_E2E, ServingBuckets.VLLM_TPOT, out);
      case TGI ->
          llm(t, n, slowdown, perSecond, ServingBuckets.TGI_DURATION, ServingBuckets.TGI_TPOT, out);
    }
  }

  /** How much slower than usual requests are this minute. */
  private static double slowdown(DemoServer server, double cpu, double throttled) {
    double slower = 1 / (1 - Math.min(throttled, 0.9));
    if (server.degradesUnderLoad()
        && server.workload().primary().profile() instanceof UsageProfile.DiurnalService d) {
      double load = cpu / d.peakCpu();
      double over = Math.max(0, load - 0.6) / 0.4;
      slower *= 1 + 6 * over * over;
    }
    return slower;
  }

  private static double errorRatio(DemoServer server, long minute) {
    double ratio = server.traits().errorRatio();
    if (server.errorsSpike()) {
      long local = Math.floorMod(minute + (long) (server.utcOffsetHours() * 60), 1440);
      if (local >= SPIKE_START_LOCAL_MINUTE && local < SPIKE_START_LOCAL_MINUTE + SPIKE_MINUTES) {
        ratio += SPIKE_ERROR_RATIO;
      }
    }
    return ratio;
  }

  private static void otel(
      ServingTraits t, double n, double failed, double slowdown, ServingPoint out) {
    double median = t.latencySeconds() * slowdown;
    ServingBuckets.spread(n - failed, median, t.sigma(), ServingBuckets.HTTP, out.latency);
    out.latencySum = (n - failed) * ServingBuckets.mean(median, t.sigma());
    double fast = median * 0.4;
    ServingBuckets.spread(failed, fast, t.sigma(), ServingBuckets.HTTP, out.errorLatency);
    out.errorLatencySum = failed * ServingBuckets.mean(fast, t.sigma());
  }

  private static void triton(
      ServingTraits t,
      double n,
      double failed,
      double slowdown,
      double perSecond,
      ServingPoint out) {
    double successes = n - failed;
    double mean = ServingBuckets.mean(t.latencySeconds() * slowdown, t.sigma());
    double queue = t.queueSeconds() * slowdown;
    out.inferences = successes * t.batch();
    out.durationMicros = Math.round(successes * mean * 1e6);
    out.queueMicros = Math.round(successes * queue * 1e6);
    out.pending = Math.round(perSecond * queue);
  }

  private static void llm(
      ServingTraits t,
      double n,
      double slowdown,
      double perSecond,
      double[] e2eBounds,
      double[] tpotBounds,
      ServingPoint out) {
    double ttft = t.latencySeconds() * slowdown;
    double perToken = t.secondsPerToken() * Math.sqrt(slowdown);
    double e2e = ttft + t.generatedTokens() * perToken;
    double sigma = t.sigma();
    out.lengthCapped = Math.round((n - out.failures) * LENGTH_CAPPED);
    ServingBuckets.spread(n, e2e, sigma, e2eBounds, out.latency);
    out.latencySum = n * ServingBuckets.mean(e2e, sigma);
    ServingBuckets.spread(n, ttft, sigma, ServingBuckets.VLLM_TTFT, out.ttft);
    out.ttftSum = n * ServingBuckets.mean(ttft, sigma);
    ServingBuckets.spread(n, perToken, sigma / 2, tpotBounds, out.tpot);
    out.tpotSum = n * ServingBuckets.mean(perToken, sigma / 2);
    ServingBuckets.spread(n, t.promptTokens(), 0.5, ServingBuckets.TOKENS, out.promptBuckets);
    out.promptTokens = n * t.promptTokens();
    ServingBuckets.spread(n, t.generatedTokens(), 0.5, ServingBuckets.TOKENS, out.generatedBuckets);
    out.generatedTokens = n * t.generatedTokens();
    double concurrent = perSecond * ServingBuckets.mean(e2e, sigma);
    out.running = Math.round(Math.min(concurrent, t.slots()));
    out.waiting = Math.round(Math.max(0, concurrent - t.slots()));
    out.kvCache = Math.min(0.98, 0.05 + 0.9 * out.running / t.slots());
  }
}
