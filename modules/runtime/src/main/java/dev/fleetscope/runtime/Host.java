package dev.fleetscope.runtime;

import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.simulator.Simulator;
import java.time.Clock;
import java.util.Map;

/**
 * What a Fleetscope process runs with: the user's folders, the clock, the environment (secrets are
 * read from it by name, never stored) and the demo fleet's seed. The launcher builds one and hands
 * it to the console or to a command; nothing else reads the system's clock, environment or folders,
 * so tests give their own.
 */
public record Host(AppDirs dirs, Clock clock, Map<String, String> environment, long seed) {
  public Host {
    environment = Map.copyOf(environment);
  }

  /** This user's folders, the system clock and environment, and {@code seed} for the demo fleet. */
  public static Host forCurrentUser(long seed) {
    return new Host(AppDirs.forCurrentUser(), Clock.systemUTC(), System.getenv(), seed);
  }

  /** Folders of a test's own, with the system clock and environment and the default demo seed. */
  public static Host at(AppDirs dirs) {
    return new Host(dirs, Clock.systemUTC(), System.getenv(), Simulator.DEFAULT_SEED);
  }

  public Host withClock(Clock other) {
    return new Host(dirs, other, environment, seed);
  }

  public Host withSeed(long other) {
    return new Host(dirs, clock, environment, other);
  }
}
