package dev.fleetscope.console.overview;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.console.WallBoard;
import dev.fleetscope.console.WallBoard.Item;
import dev.fleetscope.console.WallBoard.Layout;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallBoard.Tone;
import dev.fleetscope.console.WallDataAge;
import dev.fleetscope.console.alerts.AttentionModel;
import dev.fleetscope.console.utilization.UtilizationBoard;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.Units;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.runtime.fleet.FleetTotals;
import dev.fleetscope.runtime.fleet.FleetTotals.Amounts;
import dev.fleetscope.runtime.pipelines.PipelineHealth;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;

/**
 * The Overview made for a wall: what fires in the headline, then six cards that keep their places
 * (clusters, CPU, memory, GPUs, cost, pipeline runs), each a figure in large type on its state's
 * colour with the age of the data it comes from. The desktop's tiles, lists and trend chart are
 * left to the desktop: from across a room a colour and a number are what is read.
 */
public final class OverviewBoard {
  /** A fleet paying this share of its cost for requested, unused capacity: amber. */
  static final double COST_IDLE = 0.5;

  /**
   * What the board is drawn from, read together on the FX thread.
   *
   * @param fleet null until the first snapshot
   * @param judged whether the alert rules have been judged yet
   */
  record Inputs(
      OverviewState fleet,
      PipelineHealth pipelines,
      AttentionModel.Attention attention,
      boolean judged) {}

  /** How old each part's data is at an instant. */
  record Ages(Function<Instant, WallDataAge> fleet, Function<Instant, WallDataAge> pipelines) {}

  private OverviewBoard() {}

  /**
   * @param fleetSources the fleet's sources now, for the data's age (read on the FX thread)
   * @param pipelineSources the pipeline sources now, likewise
   */
  public static WallBoard of(
      OverviewViewModel fleet,
      ObservableValue<PipelineHealth> pipelines,
      AttentionModel attention,
      Clock clock,
      Supplier<List<SourceStatus>> fleetSources,
      Supplier<List<SourceStatus>> pipelineSources) {
    ObservableValue<Inputs> inputs =
        Bindings.createObjectBinding(
            () ->
                new Inputs(
                    fleet.state().get(),
                    pipelines.getValue(),
                    attention.state().get(),
                    attention.evaluated()),
            fleet.state(),
            pipelines,
            attention.state());
    Ages ages =
        new Ages(
            now -> WallDataAge.of(fleetSources.get(), now),
            now -> WallDataAge.of(pipelineSources.get(), now));
    return new WallBoard("overview-board", Layout.CARDS, clock, inputs, in -> picture(in, ages));
  }

  static Picture picture(Inputs in, Ages ages) {
    if (in.fleet() == null || !in.fleet().hasData()) {
      return new Picture("Waiting for the fleet…", Tone.NEUTRAL, List.of(), "", ages.fleet());
    }
    OverviewState fleet = in.fleet();
    FleetTotals totals = fleet.totals();
    List<Item> cards =
        List.of(
            clusters(fleet, ages),
            share("CPU in use", totals.cpu(), Units.cores(totals.cpu().requested()), ages),
            share("Memory in use", totals.memory(), Units.bytes(totals.memory().requested()), ages),
            gpus(totals.gpu(), ages),
            cost(fleet, ages),
            pipelines(in.pipelines(), ages));
    return headline(in, cards, ages);
  }

  /** What fires, the worst's colour; before the rules are judged, the fleet's size. */
  private static Picture headline(Inputs in, List<Item> cards, Ages ages) {
    FleetTotals totals = in.fleet().totals();
    String fleet = totals.clusters() + " clusters · " + totals.nodes() + " nodes";
    if (!in.judged()) {
      return new Picture(fleet, Tone.NEUTRAL, cards, "alert rules not judged yet", ages.fleet());
    }
    List<Alert> firing = in.attention().state().firing();
    if (firing.isEmpty()) {
      return new Picture("Nothing needs attention", Tone.CALM, cards, fleet, ages.fleet());
    }
    Alert worst = firing.getFirst();
    return new Picture(
        firing.size() + (firing.size() == 1 ? " alert firing" : " alerts firing"),
        Tone.of(worst.severity()),
        cards,
        "worst: " + worst.subject().name() + " · " + fleet,
        ages.fleet());
  }

  private static Item clusters(OverviewState fleet, Ages ages) {
    FleetTotals totals = fleet.totals();
    String stale =
        fleet.clusters().stream()
            .filter(c -> !c.live())
            .map(OverviewState.ClusterLine::name)
            .collect(Collectors.joining(", "));
    return new Item(
        "Clusters live",
        totals.liveClusters() + " of " + totals.clusters(),
        totals.nodes() + " nodes" + (stale.isEmpty() ? "" : " · stale: " + stale),
        totals.liveClusters() == totals.clusters()
            ? Tone.CALM
            : totals.liveClusters() == 0 ? Tone.CRITICAL : Tone.WARNING,
        ages.fleet());
  }

  /**
   * The share of the request in use, amber where the Utilization board's headline turns amber: most
   * of it idle.
   */
  private static Item share(String subject, Amounts amounts, String requested, Ages ages) {
    double share = amounts.usedOfRequested();
    return new Item(
        subject,
        Units.percent(share),
        "of " + requested + " requested",
        amounts.requested() == 0
            ? Tone.NEUTRAL
            : share < UtilizationBoard.CPU_IDLE ? Tone.WARNING : Tone.CALM,
        ages.fleet());
  }

  private static Item gpus(Amounts gpu, Ages ages) {
    if (gpu.requested() == 0) {
      return new Item(
          "GPUs idle",
          "none",
          "no GPUs requested · " + Units.gpus(gpu.allocatable()) + " in the fleet",
          Tone.NEUTRAL,
          ages.fleet());
    }
    long idle = Math.round(gpu.idle());
    return new Item(
        "GPUs idle",
        idle == 0 ? "none" : String.format(Locale.ROOT, "%,d", idle),
        "of "
            + Units.gpus(gpu.requested())
            + " requested · "
            + Units.gpus(gpu.allocatable())
            + " in the fleet",
        idle == 0 ? Tone.CALM : Tone.WARNING,
        ages.fleet());
  }

  private static Item cost(OverviewState fleet, Ages ages) {
    FleetTotals totals = fleet.totals();
    double idleShare = totals.hourlyCost() > 0 ? fleet.idleHourlyCost() / totals.hourlyCost() : 0;
    return new Item(
        "Fleet cost, " + totals.currency().getCurrencyCode() + "/hour",
        Units.amount(totals.hourlyCost()),
        "≈ "
            + Units.money(
                totals.hourlyCost() * HourlyPrice.HOURS_PER_MONTH, totals.currency(), "month")
            + " · "
            + Units.percent(idleShare)
            + " requested, unused",
        idleShare >= COST_IDLE ? Tone.WARNING : Tone.CALM,
        ages.fleet());
  }

  /** Failed runs of the last day, red when there are any; what runs and succeeded below. */
  private static Item pipelines(PipelineHealth health, Ages ages) {
    String subject = "Pipeline runs failed, 24 h";
    if (!health.loaded()) {
      return new Item(subject, "…", "reading the pipeline sources", Tone.NEUTRAL, ages.pipelines());
    }
    if (health.sources() == 0) {
      return new Item(subject, "—", "no pipeline sources", Tone.NEUTRAL, ages.pipelines());
    }
    long failed = health.count(RunState.FAILED);
    return new Item(
        subject,
        failed == 0 ? "none" : String.format(Locale.ROOT, "%,d", failed),
        health.count(RunState.RUNNING)
            + " running · "
            + health.count(RunState.SUCCEEDED)
            + " succeeded"
            + health.failures().stream().findFirst().map(f -> " · newest: " + f).orElse(""),
        failed > 0 ? Tone.CRITICAL : Tone.CALM,
        ages.pipelines());
  }
}
