package dev.fleetscope.simulator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One metric family a demo model server exports, as its exporter names it, and how to read its
 * series off one replica's totals (counters) and latest minute (gauges).
 *
 * @param name without {@code _total}, {@code _bucket}, {@code _count} or {@code _sum}
 */
record ServingFamily(String name, Type type, String help, Function<Reading, List<Series>> series) {

  enum Type {
    /** Exposed with a {@code _total} suffix. */
    COUNTER,
    /** A counter its server exposes without {@code _total} (Triton, TGI): untyped. */
    BARE_COUNTER,
    GAUGE,
    HISTOGRAM
  }

  /** A replica of a server: its labels, its counters' totals and its gauges now. */
  record Reading(Map<String, String> labels, ServingPoint totals, ServingPoint now) {}

  /** A series of the family: a number, or a histogram's cumulative buckets and sum. */
  sealed interface Series {
    Map<String, String> labels();
  }

  record Scalar(Map<String, String> labels, double value) implements Series {}

  record Histogram(Map<String, String> labels, double[] bounds, double[] cumulative, double sum)
      implements Series {}
}
