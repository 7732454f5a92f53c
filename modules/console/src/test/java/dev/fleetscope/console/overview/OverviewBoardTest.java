package dev.fleetscope.console.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.alerts.AlertState;
import dev.fleetscope.console.DataAge;
import dev.fleetscope.console.WallBoard;
import dev.fleetscope.console.WallBoard.Item;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallBoard.Tone;
import dev.fleetscope.console.WallDataAge;
import dev.fleetscope.console.WallScale;
import dev.fleetscope.console.alerts.AttentionModel;
import dev.fleetscope.console.alerts.DataSources;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.runtime.fleet.FleetTotals;
import dev.fleetscope.runtime.fleet.FleetTotals.Amounts;
import dev.fleetscope.runtime.fleet.FleetTrend;
import dev.fleetscope.runtime.pipelines.PipelineHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wall's Overview board: which card says what in which colour, and the cards laid out as a
 * wall's full-screen stage lays them out at 1920×1080 and 3840×2160 (TestFX on Monocle, no window
 * opened).
 */
class OverviewBoardTest {
  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
  private static final double GIB = 1L << 30;
  private static final OverviewBoard.Ages AGES =
      new OverviewBoard.Ages(
          now -> new WallDataAge("data 3 s ago", DataAge.FRESH),
          now -> new WallDataAge("data 40 s ago", DataAge.FRESH));
  private static final AttentionModel.Attention NOTHING_FIRES =
      new AttentionModel.Attention(
          new AlertState(NOW, List.of(), List.of(), List.of()), "", DataSources.NONE);

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void aCalmFleetIsGreenCardByCardInPlacesThatNeverMove() {
    Picture calm =
        picture(
            fleet(3, 3, new Amounts(60, 100, 200), new Amounts(70 * GIB, 100 * GIB, 0), 8, 8),
            pipelines(0, 4, 120),
            true);
    assertEquals("Nothing needs attention", calm.headline());
    assertEquals(Tone.CALM, calm.tone());
    assertEquals(
        List.of(
            "Clusters live | 3 of 3 | 42 nodes | CALM",
            "CPU in use | 60% | of 100 cores requested | CALM",
            "Memory in use | 70% | of 100 GiB requested | CALM",
            "GPUs idle | none | of 8 GPUs requested · 16 GPUs in the fleet | CALM",
            "Fleet cost, USD/hour | 120.00 | ≈ 87,600 USD/month · 10% requested, unused | CALM",
            "Pipeline runs failed, 24 h | none | 4 running · 120 succeeded | CALM"),
        lines(calm));
    assertEquals("data 40 s ago", calm.items().getLast().age().apply(NOW).text());
    assertEquals("data 3 s ago", calm.items().getFirst().age().apply(NOW).text());
  }

  @Test
  void whatIsWrongTakesItsColourWhereItIs() {
    Picture troubled =
        picture(
            fleet(3, 2, new Amounts(20, 100, 200), new Amounts(20 * GIB, 100 * GIB, 0), 5, 8),
            pipelines(2, 1, 30),
            false);
    assertEquals("3 clusters · 42 nodes", troubled.headline(), "before the rules are judged");
    assertEquals(Tone.NEUTRAL, troubled.tone());
    assertEquals("alert rules not judged yet", troubled.footnote());
    assertEquals(
        List.of(
            "Clusters live | 2 of 3 | 42 nodes · stale: eks-train-us-east-1 | WARNING",
            "CPU in use | 20% | of 100 cores requested | WARNING",
            "Memory in use | 20% | of 100 GiB requested | WARNING",
            "GPUs idle | 3 | of 8 GPUs requested · 16 GPUs in the fleet | WARNING",
            "Fleet cost, USD/hour | 120.00 | ≈ 87,600 USD/month · 60% requested, unused | WARNING",
            "Pipeline runs failed, 24 h | 2 | 1 running · 30 succeeded"
                + " · newest: features_nightly: build_user_features | CRITICAL"),
        lines(troubled));
  }

  @Test
  void withoutAFleetItWaitsAndWithoutPipelineSourcesItSaysSo() {
    Picture waiting = picture(null, PipelineHealth.LOADING, false);
    assertEquals("Waiting for the fleet…", waiting.headline());
    assertEquals(List.of(), waiting.items());

    OverviewState fleet = fleet(1, 1, new Amounts(1, 2, 4), new Amounts(GIB, 2 * GIB, 0), 0, 0);
    List<String> cards =
        lines(picture(fleet, new PipelineHealth(true, Map.of(), List.of(), 0, 0), true));
    assertEquals(
        "GPUs idle | none | no GPUs requested · 0 GPUs in the fleet | NEUTRAL", cards.get(3));
    assertEquals("Pipeline runs failed, 24 h | — | no pipeline sources | NEUTRAL", cards.get(5));
  }

  /**
   * The widest figures a large fleet gives, on the screen a wall leaves the board (its bar above,
   * the source strip below): six cards, main figures 96 px at 1080p and 178 px at 4K, every figure,
   * subject and caption drawn whole, every age inside its card.
   */
  @Test
  void sixCardsInTypeReadFromAcrossTheRoomEachDrawnWhole() throws Exception {
    OverviewState large =
        fleet(
            14,
            12,
            new Amounts(2_345, 12_000, 20_000),
            new Amounts(9_000 * GIB, 40_000 * GIB, 0),
            1_024,
            1_536);
    Picture picture = picture(large, pipelines(1_234, 56, 7_890), true);
    for (int[] screen : new int[][] {{1920, 1080}, {3840, 2160}}) {
      double height = screen[1] - 80 * screen[1] / 1080.0;
      List<String> problems =
          laidOut(
              picture,
              screen[0],
              height,
              Math.round(WallBoard.CARD_FIGURE_PX * WallScale.of(height)));
      assertEquals(List.of(), problems, screen[0] + "×" + screen[1]);
    }
  }

  private static List<String> laidOut(Picture picture, double width, double height, double figure)
      throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () -> {
              WallBoard board =
                  new WallBoard(
                      "overview-board",
                      WallBoard.Layout.CARDS,
                      Clock.fixed(NOW, ZoneOffset.UTC),
                      new SimpleObjectProperty<>(picture),
                      p -> p);
              new Scene(board, width, height);
              board.resize(width, height);
              board.applyCss();
              board.layout();
              board.applyCss(); // the type grown with the height is set by the first layout
              board.layout();
              List<String> found = new ArrayList<>();
              List<Node> cards = List.copyOf(board.lookupAll(".wall-card"));
              if (cards.size() != WallBoard.CARDS) {
                found.add(cards.size() + " cards");
              }
              for (Node card : cards) {
                Bounds inCard = card.getLayoutBounds();
                for (Node node : card.lookupAll(".label")) {
                  Label label = (Label) node;
                  Text drawn = (Text) label.lookup(".text");
                  String whole = label.getText().replace("\n", " ");
                  if (drawn == null || !drawn.getText().replace("\n", " ").equals(whole)) {
                    found.add(
                        "'"
                            + whole
                            + "' drawn as '"
                            + (drawn == null ? "" : drawn.getText())
                            + "'");
                  }
                  Bounds at = card.sceneToLocal(label.localToScene(label.getLayoutBounds()));
                  if (at.getMaxY() > inCard.getMaxY() + 0.5) {
                    found.add("'" + whole + "' ends below its card");
                  }
                }
                for (Node node : card.lookupAll(".wall-figure")) {
                  double size = ((Label) node).getFont().getSize();
                  if (size != figure) {
                    found.add(((Label) node).getText() + " is " + size + " px, not " + figure);
                  }
                }
              }
              Node footer = board.lookup("#overview-board-footer");
              if (footer.localToScene(footer.getLayoutBounds()).getMaxY() > height) {
                found.add("the footer ends below the screen");
              }
              return found;
            })
        .get(10, TimeUnit.SECONDS);
  }

  /** The board's picture with nothing firing, the rules judged or not yet. */
  private static Picture picture(OverviewState fleet, PipelineHealth pipelines, boolean judged) {
    return OverviewBoard.picture(
        new OverviewBoard.Inputs(fleet, pipelines, NOTHING_FIRES, judged), AGES);
  }

  private static List<String> lines(Picture picture) {
    return picture.items().stream().map(OverviewBoardTest::line).toList();
  }

  private static String line(Item item) {
    return String.join(" | ", item.subject(), item.value(), item.caption(), item.tone().name());
  }

  /**
   * A fleet of {@code clusters}, the last {@code clusters - live} of them stale, 42 nodes costing
   * 120 USD/hour, of which what is requested and unused costs 10% when the CPU is well used and 60%
   * when it is not.
   */
  private static OverviewState fleet(
      int clusters, int live, Amounts cpu, Amounts memory, double gpusBusy, double gpusRequested) {
    List<OverviewState.ClusterLine> lines =
        IntStream.range(0, clusters)
            .mapToObj(
                i ->
                    new OverviewState.ClusterLine(
                        i == clusters - 1 ? "eks-train-us-east-1" : "gke-" + i,
                        Provider.GCP,
                        "europe-west4",
                        3,
                        i < live,
                        120.0 / clusters))
            .toList();
    FleetTotals totals =
        new FleetTotals(
            clusters,
            live,
            42,
            900,
            cpu,
            memory,
            new Amounts(gpusBusy, gpusRequested, 2 * gpusRequested),
            clusters > 3 ? 12_345.67 : 120,
            HourlyPrice.USD);
    double idleShare = cpu.usedOfRequested() < 0.5 ? 0.6 : 0.1;
    return new OverviewState(
        NOW,
        totals,
        lines,
        List.of(),
        new FleetTrend(NOW, Duration.ofMinutes(20), new double[0]),
        totals.hourlyCost() * idleShare,
        List.of());
  }

  private static PipelineHealth pipelines(long failed, long running, long succeeded) {
    return new PipelineHealth(
        true,
        Map.of(RunState.FAILED, failed, RunState.RUNNING, running, RunState.SUCCEEDED, succeeded),
        failed == 0 ? List.of() : List.of("features_nightly: build_user_features"),
        3,
        3);
  }
}
