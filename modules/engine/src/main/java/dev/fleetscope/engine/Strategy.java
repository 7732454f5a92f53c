package dev.fleetscope.engine;

import java.util.List;

/**
 * A way to size a container from its history. Strategies are immutable and thread-safe: one
 * instance serves every container of a fleet, on any number of threads.
 */
public sealed interface Strategy permits FleetscopeStrategy, VpaStrategy, PercentileStrategy {
  /** The name users select it by: {@code fleetscope}, {@code vpa}, {@code percentile}. */
  String name();

  Proposal propose(UsageHistory history, ContainerFacts facts);

  List<String> NAMES = List.of(FleetscopeStrategy.NAME, VpaStrategy.NAME, PercentileStrategy.NAME);
}
