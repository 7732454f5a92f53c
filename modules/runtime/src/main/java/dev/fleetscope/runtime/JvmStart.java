package dev.fleetscope.runtime;

import java.lang.management.ManagementFactory;
import java.time.Instant;

/**
 * When this JVM started, to the millisecond. Not {@code ProcessHandle.info().startInstant()}: on
 * Linux that adds the process's start ticks to the boot time from {@code /proc/stat}, which is in
 * whole seconds, so it is up to a second early and a startup time measured from it is up to a
 * second too long.
 */
public final class JvmStart {
  private JvmStart() {}

  public static Instant instant() {
    return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
  }
}
