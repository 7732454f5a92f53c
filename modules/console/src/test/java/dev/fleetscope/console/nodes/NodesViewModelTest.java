package dev.fleetscope.console.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.DataAge;
import dev.fleetscope.console.WallBoard;
import dev.fleetscope.cost.price.PriceSnapshot;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Progress;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.runtime.nodes.ClusterNodeReport;
import dev.fleetscope.runtime.nodes.FleetNodeReport;
import dev.fleetscope.runtime.nodes.NodeEstimate;
import dev.fleetscope.runtime.nodes.NodePricing;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The packing runs on the model's threads: while the prices are held back (a slow disk), the FX
 * thread keeps serving and the view sees the engine's progress; once they come, the report.
 */
class NodesViewModelTest {
  @BeforeAll
  static void startToolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void theFxThreadNeverWaitsForThePackingAndSeesItsProgress() throws Exception {
    DemoFleetSource demo =
        new DemoFleetSource(
            Simulator.DEFAULT_SEED,
            Clock.fixed(Instant.parse("2026-11-20T15:00:30Z"), ZoneOffset.UTC),
            Duration.ofSeconds(2));
    demo.awaitHistory();
    FleetSnapshot snapshot = demo.poll();
    CountDownLatch prices = new CountDownLatch(1);
    List<NodeEstimate> seen = new CopyOnWriteArrayList<>();
    try (NodesViewModel model =
        new NodesViewModel(
            () -> {
              try {
                prices.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return new NodePricing(PriceSnapshot.bundled(), false);
            })) {
      Platform.runLater(() -> model.estimate().addListener((o, a, e) -> seen.add(e)));
      WaitForAsyncUtils.waitForFxEvents();
      model.accept(snapshot);

      // the engine has finished and the worker waits for the prices: the FX thread still answers
      WaitForAsyncUtils.waitFor(
          120,
          TimeUnit.SECONDS,
          () ->
              seen.stream()
                  .anyMatch(
                      e ->
                          e instanceof NodeEstimate.Computing c
                              && c.progress().task().equals("Reading the instance prices")));
      assertTrue(
          seen.stream()
              .anyMatch(
                  e ->
                      e instanceof NodeEstimate.Computing c
                          && c.progress().task().startsWith("Recommending")),
          "the engine's progress was shown");
      CountDownLatch fx = new CountDownLatch(1);
      Platform.runLater(fx::countDown);
      assertTrue(fx.await(5, TimeUnit.SECONDS), "the FX thread is free while the worker waits");
      assertTrue(seen.stream().noneMatch(e -> e instanceof NodeEstimate.Ready));

      prices.countDown();
      WaitForAsyncUtils.waitFor(
          120, TimeUnit.SECONDS, () -> seen.getLast() instanceof NodeEstimate.Ready);
      NodeEstimate.Ready ready = assertInstanceOf(NodeEstimate.Ready.class, seen.getLast());
      assertEquals(3, ready.report().clusters().size());
      assertTrue(model.regions().get(dev.fleetscope.model.Provider.AZURE).contains("westeurope"));

      // the wall's board: the fleet's node counts as the headline, the clusters saving most first
      WallBoard.Picture board = NodesBoard.picture(ready);
      FleetNodeReport report = ready.report();
      Scenario.Requests rec = Scenario.Requests.RECOMMENDED;
      Scenario.Types mix = Scenario.Types.CHEAPEST_MIX;
      assertTrue(
          board
              .headline()
              .startsWith(report.todayNodes() + " → " + report.nodes(rec, mix) + " nodes"),
          board.headline());
      List<String> bySaving =
          report.clusters().stream()
              .sorted(
                  java.util.Comparator.comparingDouble(
                      (ClusterNodeReport c) -> -c.scenario(rec, mix).savingPerMonth()))
              .map(ClusterNodeReport::cluster)
              .toList();
      assertEquals(bySaving, board.items().stream().map(WallBoard.Item::subject).toList());
      assertEquals(
          "packed 5 min ago", board.age().apply(report.at().plus(Duration.ofMinutes(5))).text());
      assertEquals(
          DataAge.AMBER, board.age().apply(report.at().plus(Duration.ofMinutes(45))).level());
    }
  }

  @Test
  void theBoardSaysWhatThePackingIsDoingBeforeItIsReady() {
    assertEquals(
        "Packing the fleet… 40%",
        NodesBoard.picture(new NodeEstimate.Computing(new Progress("Recommending requests", 0.4)))
            .headline());
    assertEquals(
        "no usage history yet",
        NodesBoard.picture(new NodeEstimate.Waiting("no usage history yet")).footnote());
  }
}
