package dev.fleetscope.simulator;

import java.util.Arrays;

/**
 * One replica's serving in one minute, or its totals since its counters started. Counts are whole
 * requests (histograms cumulative over their buckets); gauges are the state at the minute's end.
 * Mutable and reused.
 */
final class ServingPoint {
  double requests;
  double failures;

  /** vLLM: requests that stopped at their length limit. */
  double lengthCapped;

  final double[] latency;
  double latencySum;

  /** OpenTelemetry: the failed requests' latencies (they fail fast). */
  final double[] errorLatency;

  double errorLatencySum;
  final double[] ttft;
  double ttftSum;
  final double[] tpot;
  double tpotSum;
  final double[] promptBuckets;
  double promptTokens;
  final double[] generatedBuckets;
  double generatedTokens;
  double inferences;
  double durationMicros;
  double queueMicros;

  double waiting;
  double running;
  double kvCache;
  double pending;

  ServingPoint() {
    int widest = ServingBuckets.WIDEST;
    latency = new double[widest];
    errorLatency = new double[widest];
    ttft = new double[widest];
    tpot = new double[widest];
    promptBuckets = new double[widest];
    generatedBuckets = new double[widest];
  }

  void clear() {
    requests = failures = lengthCapped = latencySum = errorLatencySum = ttftSum = tpotSum = 0;
    promptTokens = generatedTokens = inferences = durationMicros = queueMicros = 0;
    waiting = running = kvCache = pending = 0;
    for (double[] a :
        new double[][] {latency, errorLatency, ttft, tpot, promptBuckets, generatedBuckets}) {
      Arrays.fill(a, 0);
    }
  }

  /** Adds a minute's counts to these totals (gauges are not added). */
  void add(ServingPoint minute) {
    requests += minute.requests;
    failures += minute.failures;
    lengthCapped += minute.lengthCapped;
    latencySum += minute.latencySum;
    errorLatencySum += minute.errorLatencySum;
    ttftSum += minute.ttftSum;
    tpotSum += minute.tpotSum;
    promptTokens += minute.promptTokens;
    generatedTokens += minute.generatedTokens;
    inferences += minute.inferences;
    durationMicros += minute.durationMicros;
    queueMicros += minute.queueMicros;
    add(latency, minute.latency);
    add(errorLatency, minute.errorLatency);
    add(ttft, minute.ttft);
    add(tpot, minute.tpot);
    add(promptBuckets, minute.promptBuckets);
    add(generatedBuckets, minute.generatedBuckets);
  }

  /** Copies the gauges of a minute. */
  void gaugesOf(ServingPoint minute) {
    waiting = minute.waiting;
    running = minute.running;
    kvCache = minute.kvCache;
    pending = minute.pending;
  }

  private static void add(double[] to, double[] from) {
    for (int i = 0; i < to.length; i++) {
      to[i] += from[i];
    }
  }
}
