package dev.fleetscope.cli.command;

import dev.fleetscope.apply.Observations;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Units;
import dev.fleetscope.model.change.ClusterWriter;
import dev.fleetscope.simulator.DemoClusterWriter;
import dev.fleetscope.simulator.DemoFleetSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;

/**
 * The demo fleet inside this process, for {@code apply --demo}: a writer that takes changes the way
 * a cluster does, the 14 days of history the guard rails check memory peaks and CPU against, and
 * what its nodes cost.
 */
final class DemoFleetTarget {
  private final DemoFleetSource source;
  private final DemoClusterWriter writer;

  private DemoFleetTarget(DemoFleetSource source) {
    this.source = source;
    this.writer = new DemoClusterWriter(source.simulator());
  }

  /** Builds the fleet of {@code seed} and records its history (a few seconds). */
  static DemoFleetTarget start(long seed, Clock clock) throws InterruptedException {
    DemoFleetSource source = new DemoFleetSource(seed, clock, Duration.ofSeconds(2));
    source.awaitHistory();
    return new DemoFleetTarget(source);
  }

  ClusterWriter writer() {
    return writer;
  }

  Observations observations() {
    return Observations.fromSnapshot(source.poll());
  }

  /** What the demo fleet's nodes cost per hour now; they are re-packed after every change. */
  double hourlyCost() {
    return source.poll().clusters().stream().mapToDouble(Cluster::hourlyCost).sum();
  }

  /** {@code 647.41 USD/hour}. */
  String format(double hourly) {
    Currency currency =
        source.poll().clusters().stream()
            .flatMap(c -> c.nodes().stream())
            .findFirst()
            .map(n -> n.price().currency())
            .orElse(HourlyPrice.USD);
    return Units.money(hourly, currency, "hour");
  }
}
