package dev.fleetscope.simulator;

import dev.fleetscope.model.serving.ServerKind;

/**
 * What one demo model server's traffic looks like, drawn once from (seed, workload): requests per
 * core of CPU demand, latencies, tokens per request, the share of failed requests, batch size and
 * queueing (Triton), and how many requests an LLM server runs at once before it queues.
 *
 * @param latencySeconds median request latency (OpenTelemetry, Triton); median time to first token
 *     for LLM servers
 * @param secondsPerToken median time per output token (LLM servers)
 * @param sigma the spread of the log of latencies
 */
record ServingTraits(
    double requestsPerCoreSecond,
    double latencySeconds,
    double secondsPerToken,
    double sigma,
    double promptTokens,
    double generatedTokens,
    double errorRatio,
    int batch,
    double queueSeconds,
    int slots) {

  static ServingTraits of(long seed, ServerKind kind, String workloadId) {
    long stream = Noise.stream(seed, workloadId.hashCode(), kind.ordinal());
    double[] u = new double[10];
    for (int i = 0; i < u.length; i++) {
      u[i] = Noise.uniform(stream, i);
    }
    boolean llm = kind == ServerKind.VLLM || kind == ServerKind.TGI;
    return new ServingTraits(
        llm ? between(u[0], 0.8, 3) : between(u[0], 30, 160),
        switch (kind) {
          case VLLM, TGI -> between(u[1], 0.08, 0.3);
          case TRITON -> between(u[1], 0.006, 0.04);
          case OTEL -> between(u[1], 0.012, 0.08);
        },
        llm ? between(u[2], 0.015, 0.04) : 0,
        between(u[3], 0.35, 0.55),
        llm ? Math.round(between(u[4], 300, 1500)) : 0,
        llm ? Math.round(between(u[5], 120, 400)) : 0,
        between(u[6], 0.0005, 0.004),
        kind == ServerKind.TRITON ? 1 + (int) (u[7] * 8) : 1,
        kind == ServerKind.TRITON ? between(u[8], 0.0005, 0.004) : 0,
        llm ? 32 + 32 * (int) (u[9] * 4) : 0);
  }

  private static double between(double u, double from, double to) {
    return from + (to - from) * u;
  }
}
