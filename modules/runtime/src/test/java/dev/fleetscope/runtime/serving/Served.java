package dev.fleetscope.runtime.serving;

import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.UnitPrices;
import dev.fleetscope.model.WorkloadKind;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.serving.HeldResources;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.Percentiles;
import dev.fleetscope.model.serving.ServedModel;
import dev.fleetscope.model.serving.ServerKind;
import dev.fleetscope.model.serving.ServingCost;
import dev.fleetscope.model.serving.ServingSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Models made by hand for the serving tests: figures chosen, everything else missing. */
final class Served {
  static final UnitPrices PRICES = new UnitPrices(0.04, 0.005, 2.0, HourlyPrice.USD);
  static final WorkloadRef RANKER =
      new WorkloadRef("c1", "serving", WorkloadKind.DEPLOYMENT, "ranker");

  private Served() {}

  /**
   * An OpenTelemetry model of {@code workload}: its request rate and p99 (p50 a third, p95 0.8).
   */
  static ModelServing otel(
      WorkloadRef workload, String name, double requestsPerSecond, double p99) {
    return new ModelServing(
        new ServedModel(
            ServerKind.OTEL, name, workload.cluster(), workload.namespace(), Optional.of(workload)),
        OptionalDouble.of(requestsPerSecond),
        OptionalDouble.of(0.01),
        Optional.of(new Percentiles(p99 / 3, p99 * 0.8, p99)),
        OptionalDouble.of(p99 / 2),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        Optional.of(
            ServingCost.of(
                new HeldResources(2, 4.0 * (1L << 30), 0),
                1,
                PRICES,
                requestsPerSecond,
                OptionalDouble.empty())),
        List.of());
  }

  /** A Triton model: a mean latency, no percentiles. */
  static ModelServing triton(
      WorkloadRef workload, String name, double requestsPerSecond, double mean) {
    ModelServing m = otel(workload, name, requestsPerSecond, mean);
    return new ModelServing(
        new ServedModel(
            ServerKind.TRITON,
            name,
            workload.cluster(),
            workload.namespace(),
            Optional.of(workload)),
        m.requestsPerSecond(),
        m.errorRatio(),
        Optional.empty(),
        OptionalDouble.of(mean),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        m.requestsPerSecond(),
        OptionalDouble.of(1),
        OptionalDouble.of(0.002),
        OptionalDouble.empty(),
        OptionalDouble.of(0.6),
        m.cost(),
        ServerKind.TRITON.gaps());
  }

  static ServingSnapshot at(Instant end, Duration window, ModelServing... models) {
    return new ServingSnapshot(end, window, List.of(models), List.of());
  }
}
