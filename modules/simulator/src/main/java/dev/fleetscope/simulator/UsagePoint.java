package dev.fleetscope.simulator;

/**
 * What one replica of a container demands in one minute. Mutable and reused, so that building 14
 * days of history for the whole fleet allocates nothing per sample.
 */
final class UsagePoint {
  boolean running;

  /** Mean CPU demand over the minute, cores (before any CPU limit throttles it). */
  double cpu;

  /** Peak working-set memory within the minute, bytes (before any memory limit OOM-kills it). */
  double memory;

  /** Device activity 0..1 of the GPU share the container holds. */
  double gpuActivity;

  /** Peak framebuffer use within the minute, bytes. */
  double gpuMemory;

  /**
   * Set by {@link SimContainer}: the memory peak reached the limit and the kernel killed the
   * container.
   */
  boolean oomKilled;

  /**
   * Set by {@link SimContainer}: the share of the minute the CPU limit throttled the container
   * (0..1).
   */
  double throttled;

  void idle() {
    running = false;
    oomKilled = false;
    throttled = 0;
    cpu = Double.NaN;
    memory = Double.NaN;
    gpuActivity = Double.NaN;
    gpuMemory = Double.NaN;
  }

  void set(double cpu, double memory) {
    this.running = true;
    this.oomKilled = false;
    this.throttled = 0;
    this.cpu = Math.max(cpu, 0.0005);
    this.memory = Math.max(memory, 4 << 20);
    this.gpuActivity = 0;
    this.gpuMemory = 0;
  }

  void gpu(double activity, double memory) {
    this.gpuActivity = Math.clamp(activity, 0, 1);
    this.gpuMemory = Math.max(memory, 0);
  }
}
