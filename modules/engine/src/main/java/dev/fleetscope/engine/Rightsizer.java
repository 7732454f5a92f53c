package dev.fleetscope.engine;

import dev.fleetscope.engine.gpu.GpuAdvice;
import dev.fleetscope.engine.gpu.GpuAdvisor;
import dev.fleetscope.engine.gpu.GpuUsage;
import dev.fleetscope.model.UnitPrices;
import java.util.Optional;

/**
 * Recommends for one container at a time: the strategy proposes, the proposal is held above an
 * HPA's scale-out floor ({@link AutoscalerFloor}) and a JVM's heap ({@link JvmFloor}) whatever the
 * strategy, the history is replayed against it, and the result carries its replay, confidence and
 * reason. Thread-safe; one instance serves a whole fleet.
 *
 * <pre>{@code
 * Rightsizer rightsizer = new Rightsizer(FleetscopeStrategy.DEFAULT);
 * Recommendation r = rightsizer.recommend(history, ContainerFacts.of(current), UnitPrices.DEFAULT);
 * }</pre>
 */
public final class Rightsizer {
  private final Strategy strategy;

  public Rightsizer(Strategy strategy) {
    this.strategy = strategy;
  }

  public Strategy strategy() {
    return strategy;
  }

  public Recommendation recommend(UsageHistory history, ContainerFacts facts, UnitPrices prices) {
    return recommend(history, facts, prices, Optional.empty());
  }

  public Recommendation recommend(
      UsageHistory history, ContainerFacts facts, UnitPrices prices, Optional<GpuUsage> gpuUsage) {
    Proposal proposal =
        JvmFloor.hold(
            AutoscalerFloor.hold(strategy.propose(history, facts), history, facts), history, facts);
    Optional<GpuAdvice> gpu = gpuUsage.flatMap(GpuAdvisor::advise);
    double gpusSaved = gpu.map(advice -> advice.gpusSaved(facts.gpu())).orElse(0.0);
    Replay replay = Replayer.replay(history, facts, proposal.sizing(), gpusSaved, prices);
    return new Recommendation(
        strategy.name(),
        facts.current(),
        proposal.sizing(),
        replay,
        Confidence.of(history, replay.cpuSamples()),
        proposal.reason(),
        gpu);
  }
}
