package dev.fleetscope.simulator;

import java.util.Arrays;

/**
 * What a team would have seen of a workload when they set its requests: its CPU p95 and memory peak
 * over two sampled weeks of a fixed reference period (so requests do not depend on when the demo
 * starts).
 */
record Calibration(double cpuP95, double memoryMax) {
  private static final long REFERENCE_START_MINUTE = 29_429_280L; // 2025-12-15T00:00Z, a Monday
  private static final int SAMPLES = 900;
  private static final int STRIDE_MINUTES = 23;

  static Calibration of(UsageProfile profile, long stream) {
    UsagePoint point = new UsagePoint();
    double[] cpu = new double[SAMPLES];
    int running = 0;
    double memoryMax = 0;
    for (int i = 0; i < SAMPLES * 4 && running < SAMPLES; i++) {
      // Stride through two weeks first; for rarely running batch work keep going minute by minute.
      long minute =
          REFERENCE_START_MINUTE + (i < SAMPLES ? (long) i * STRIDE_MINUTES : i - SAMPLES);
      profile.demand(minute, stream, point);
      if (point.running) {
        cpu[running++] = point.cpu;
        memoryMax = Math.max(memoryMax, point.memory);
      }
    }
    if (running == 0) {
      throw new IllegalStateException("profile never runs in the reference period: " + profile);
    }
    double[] seen = Arrays.copyOf(cpu, running);
    Arrays.sort(seen);
    return new Calibration(seen[(int) Math.ceil(0.95 * running) - 1], memoryMax);
  }
}
