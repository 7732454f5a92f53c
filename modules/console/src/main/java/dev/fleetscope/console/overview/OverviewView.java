package dev.fleetscope.console.overview;

import dev.fleetscope.console.ScrollPanes;
import dev.fleetscope.console.Theme;
import dev.fleetscope.console.Tiles;
import dev.fleetscope.console.nodes.NodeSavings;
import dev.fleetscope.console.serving.ServingState;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.Units;
import dev.fleetscope.runtime.fleet.FleetTotals;
import dev.fleetscope.runtime.fleet.FleetTotals.Amounts;
import dev.fleetscope.runtime.fleet.WastedWorkload;
import dev.fleetscope.runtime.nodes.NodeEstimate;
import dev.fleetscope.runtime.pipelines.PipelineHealth;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.chart.ChartData;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The fleet at a glance: health, utilization against requests, idle capacity, cost and the worst
 * waste.
 */
public final class OverviewView extends ScrollPane {
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  /** As many clusters as fit the tile with name and details on two lines each. */
  private static final int STACKED_CLUSTERS = 4;

  private final VBox clusterRows = new VBox(6);
  private final Tile clusters = Tiles.custom("Clusters", 2, clusterRows);
  private final Tile cpu = Tiles.share("CPU in use of requested", "cores");
  private final Tile memory = Tiles.share("Memory in use of requested", "GiB");
  private final Tile gpu = Tiles.share("GPUs busy of requested", "GPUs");
  private final Tile trend = Tiles.areaChart("Fleet CPU in use, last 24 h (cores)", 1);
  private final Tile idle = Tiles.number("Requested but unused", "USD/hour");
  private final Tile cost = Tiles.number("Fleet cost (node prices)", "USD/hour");
  private final VBox wasteRows = new VBox(4);
  private final Tile waste = Tiles.custom("Top wasted workloads (requested, unused)", 2, wasteRows);
  private final PipelineHealthTile pipelines;
  private final ServingTile serving = new ServingTile();
  private ChangeListener<ServingState> onServing;
  private final List<Tile> tiles;
  private final Label staleBanner = new Label();
  private final GridPane grid = new GridPane(10, 10);
  private final VBox content;
  private String costHint = "";
  private final HBox savings = new HBox(18);
  private final Label requestSaving = new Label();
  private final Label nodeSaving = new Label();
  private final Label savingDetail = new Label();
  private ChangeListener<NodeEstimate> onNodes;
  private final ChangeListener<OverviewState> onState = (obs, old, state) -> show(state);
  private final ChangeListener<PipelineHealth> onPipelines;

  /**
   * Tiles take their colours once, when built: TilesFX lays out text wrongly when live tiles are
   * recoloured.
   *
   * @param openPipelines shows the Pipelines view (a click on the pipeline tile)
   */
  public OverviewView(
      OverviewViewModel model,
      ObservableValue<PipelineHealth> pipelineHealth,
      Runnable openPipelines,
      Theme theme) {
    pipelines = new PipelineHealthTile(openPipelines);
    onPipelines = (obs, old, health) -> pipelines.show(health);
    tiles =
        List.of(
            clusters, cpu, memory, gpu, trend, serving.tile(), idle, cost, waste, pipelines.tile());
    getStyleClass().add("overview");
    ScrollPanes.withoutViewportCache(this);
    tiles.forEach(t -> Tiles.applyTheme(t, theme));
    setFitToWidth(true);
    staleBanner.getStyleClass().add("stale-banner");
    staleBanner.setWrapText(true);
    staleBanner.managedProperty().bind(staleBanner.visibleProperty());
    staleBanner.setVisible(false);
    Label title = new Label("Overview");
    title.getStyleClass().add("view-title");
    for (int i = 0; i < 4; i++) {
      ColumnConstraints column =
          new ColumnConstraints(Tiles.SIZE, Tiles.SIZE * 1.5, Double.MAX_VALUE);
      column.setHgrow(Priority.ALWAYS);
      grid.getColumnConstraints().add(column);
    }
    for (int i = 0; i < 3; i++) { // taller windows get taller tiles, not empty space below them
      RowConstraints row = new RowConstraints(Tiles.SIZE, Tiles.SIZE, Double.MAX_VALUE);
      row.setVgrow(Priority.ALWAYS);
      grid.getRowConstraints().add(row);
    }
    grid.add(clusters, 0, 0, 2, 1);
    grid.add(cpu, 2, 0);
    grid.add(memory, 3, 0);
    grid.add(gpu, 0, 1);
    grid.add(trend, 1, 1);
    grid.add(serving.tile(), 2, 1);
    grid.add(cost, 3, 1);
    grid.add(idle, 0, 2);
    grid.add(waste, 1, 2, 2, 1);
    grid.add(pipelines.tile(), 3, 2);
    tiles.forEach(
        t -> t.setId("tile-" + t.getTitle().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-")));
    savings.setVisible(false);
    savings.managedProperty().bind(savings.visibleProperty());
    content = new VBox(10, title, staleBanner, savings, grid);
    VBox.setVgrow(grid, Priority.ALWAYS);
    setFitToHeight(true);
    content.getStyleClass().add("view");
    content.setPadding(new Insets(14));
    setContent(content);
    model
        .state()
        .addListener(
            new WeakChangeListener<>(
                onState)); // a replaced view must not be kept alive by the model
    if (model.state().get() != null) {
      show(model.state().get());
    }
    pipelineHealth.addListener(new WeakChangeListener<>(onPipelines));
    pipelines.show(pipelineHealth.getValue());
  }

  /** Shows what needs attention between the title and the tiles. */
  public void attention(javafx.scene.Node pane) {
    content.getChildren().add(2, pane);
  }

  public List<Tile> tiles() {
    return tiles;
  }

  /** Makes the cost tile a way into the Cost view: a click opens it. */
  public void onCostClicked(Runnable open) {
    costHint = " · click for the Cost view";
    if (!cost.getText().isEmpty()) {
      cost.setText(
          cost.getText() + costHint); // drawn already; later states carry the hint themselves
    }
    cost.setCursor(Cursor.HAND);
    Tooltip.install(cost, new Tooltip("Open the Cost view: bill, forecast, breakdown and savings"));
    cost.setOnMouseClicked(e -> open.run());
  }

  /** Shows the fleet's model serving in its tile, a click opening the Serving view. */
  public void onServing(ObservableValue<ServingState> state, Runnable open) {
    serving.onClick(open);
    onServing = (obs, old, s) -> serving.show(s);
    state.addListener(new WeakChangeListener<>(onServing)); // the model outlives a rebuilt view
    serving.show(state.getValue());
  }

  /**
   * Shows what the recommendations save beside what consolidating the nodes would save, labelled
   * apart so the two are never read as one; a click opens the Nodes view.
   */
  public void showNodeSavings(ObservableValue<NodeEstimate> estimate, Runnable openNodes) {
    requestSaving.setId("overview-savings-requests");
    nodeSaving.setId("overview-savings-nodes");
    savingDetail.setId("overview-savings-detail");
    savingDetail.getStyleClass().add("muted");
    savingDetail.setMinWidth(0);
    HBox.setHgrow(savingDetail, Priority.ALWAYS);
    Label requestsLabel = new Label(NodeSavings.REQUESTS_LABEL + ":");
    Label nodesLabel = new Label(NodeSavings.NODES_LABEL + ":");
    requestSaving.setStyle("-fx-font-weight: bold");
    nodeSaving.setStyle("-fx-font-weight: bold");
    for (Label l : List.of(requestsLabel, nodesLabel, requestSaving, nodeSaving)) {
      l.setMinWidth(Region.USE_PREF_SIZE);
    }
    savings
        .getChildren()
        .setAll(
            new HBox(6, requestsLabel, requestSaving),
            new HBox(6, nodesLabel, nodeSaving),
            savingDetail);
    savings.getStyleClass().add("overview-savings");
    savings.setCursor(Cursor.HAND);
    Tooltip.install(savings, new Tooltip("Open the Nodes view: nodes per cluster and pool"));
    savings.setOnMouseClicked(e -> openNodes.run());
    savings.setVisible(true);
    onNodes = (obs, old, e) -> showNodeSavings(NodeSavings.of(e));
    estimate.addListener(new WeakChangeListener<>(onNodes));
    showNodeSavings(NodeSavings.of(estimate.getValue()));
  }

  private void showNodeSavings(NodeSavings figures) {
    requestSaving.setText(figures.requests());
    nodeSaving.setText(figures.nodes());
    savingDetail.setText(figures.detail());
  }

  private void show(OverviewState state) {
    FleetTotals t = state.totals();
    showClusters(state);
    showShare(
        cpu,
        t.cpu(),
        1,
        0,
        Units.percent(t.cpu().usedOfRequested())
            + " of "
            + Units.cores(t.cpu().requested())
            + " requested",
        Units.cores(t.cpu().allocatable()) + " allocatable");
    showShare(
        memory,
        t.memory(),
        1L << 30,
        0,
        Units.percent(t.memory().usedOfRequested())
            + " of "
            + Units.bytes(t.memory().requested())
            + " requested",
        Units.bytes(t.memory().allocatable()) + " allocatable");
    showShare(
        gpu,
        t.gpu(),
        1,
        1,
        Units.percent(t.gpu().usedOfRequested())
            + " of "
            + Units.gpus(t.gpu().requested())
            + " requested",
        Units.gpus(t.gpu().allocatable()) + " in the fleet");
    showTrend(state);
    String currency = t.currency().getCurrencyCode();
    idle.setUnit(currency + "/hour");
    idle.setValue(state.idleHourlyCost());
    idle.setDescription(
        Units.cores(t.cpu().idle())
            + " · "
            + Units.bytes(t.memory().idle())
            + " · "
            + Units.gpus(t.gpu().idle()));
    idle.setText(
        "≈ "
            + Units.money(
                state.idleHourlyCost() * HourlyPrice.HOURS_PER_MONTH, t.currency(), "month"));
    cost.setUnit(currency + "/hour");
    cost.setValue(t.hourlyCost());
    cost.setDescription(t.nodes() + " nodes in " + t.clusters() + " clusters");
    cost.setText(
        "≈ "
            + Units.money(t.hourlyCost() * HourlyPrice.HOURS_PER_MONTH, t.currency(), "month")
            + costHint);
    showWaste(state.waste());
    showStale(state.staleSources());
  }

  /**
   * The amount in use large, its share of the requested amount on the bar, the requested amount
   * beside it.
   */
  private static void showShare(
      Tile tile, Amounts amounts, double unit, int decimals, String description, String text) {
    tile.setDecimals(decimals);
    tile.setMaxValue(Math.max(amounts.requested() / unit, 1e-9));
    tile.setValue(amounts.used() / unit);
    tile.setDescription(description);
    tile.setText(text);
  }

  /**
   * One cluster per line, its details beside its name once there are too many to stack in the tile.
   */
  private void showClusters(OverviewState state) {
    List<Node> rows = new ArrayList<>();
    boolean compact = state.clusters().size() > STACKED_CLUSTERS;
    for (OverviewState.ClusterLine c : state.clusters()) {
      Region dot = new Region();
      dot.getStyleClass().addAll("source-dot", c.live() ? "live" : "stale");
      Label name = new Label(c.name());
      name.setStyle("-fx-font-weight: bold");
      Label detail =
          new Label(
              c.provider().displayName()
                  + " · "
                  + c.region()
                  + " · "
                  + c.nodes()
                  + " nodes · "
                  + Units.money(c.hourlyCost(), state.totals().currency(), "hour")
                  + (c.live() ? "" : " · stale"));
      detail.getStyleClass().add("muted");
      HBox row =
          compact ? new HBox(8, dot, name, detail) : new HBox(8, dot, new VBox(1, name, detail));
      row.getStyleClass().add("tile-cluster-row");
      rows.add(row);
    }
    clusterRows.setSpacing(compact ? 2 : 6);
    clusterRows.getChildren().setAll(rows);
    clusters.setDescription(
        state.totals().liveClusters() + " of " + state.totals().clusters() + " live");
  }

  private void showTrend(OverviewState state) {
    double[] used = state.cpuTrend().usedCores();
    List<ChartData> points = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      if (!Double.isNaN(used[i])) {
        points.add(
            new ChartData(
                CLOCK.format(
                    state.cpuTrend().start().plus(state.cpuTrend().bucket().multipliedBy(i))),
                used[i]));
      }
    }
    trend.setChartData(points);
    trend.setText(points.isEmpty() ? "recording history…" : "");
  }

  private void showWaste(List<WastedWorkload> workloads) {
    List<HBox> rows = new ArrayList<>();
    for (WastedWorkload w : workloads) {
      // Two columns wide since the pipeline tile took the third: the name gives way, the numbers
      // never do.
      Label name = new Label(w.ref().namespace() + " / " + w.ref().name());
      name.setTooltip(new Tooltip(w.ref().id()));
      name.setMinWidth(60);
      Label idleNow =
          new Label(
              Units.cores(w.idleCores())
                  + " · "
                  + Units.bytes(w.idleBytes())
                  + (w.idleGpus() > 0.005 ? " · " + Units.gpus(w.idleGpus()) : ""));
      idleNow.getStyleClass().addAll("muted", "waste-idle");
      idleNow.setMinWidth(Region.USE_PREF_SIZE);
      Label money = new Label(Units.money(w.monthlyCost(), w.currency(), "month"));
      money.setStyle("-fx-font-weight: bold");
      money.setMinWidth(Region.USE_PREF_SIZE);
      Region gap = new Region();
      HBox.setHgrow(gap, Priority.ALWAYS);
      HBox row = new HBox(10, name, gap, idleNow, money);
      row.getStyleClass().add("tile-cluster-row");
      rows.add(row);
    }
    wasteRows.getChildren().setAll(rows);
    waste.setText(
        workloads.isEmpty()
            ? "waiting for usage history…"
            : "requests above mean CPU use and peak memory, at node prices");
  }

  private void showStale(List<SourceStatus> stale) {
    staleBanner.setText(
        stale.stream()
            .map(
                s ->
                    s.displayName()
                        + " is "
                        + s.state().name().toLowerCase(Locale.ROOT)
                        + s.lastSuccess()
                            .map(at -> " (last data " + CLOCK.format(at) + ")")
                            .orElse("")
                        + s.message().map(m -> ": " + m).orElse(""))
            .collect(Collectors.joining("\n")));
    staleBanner.setVisible(!stale.isEmpty());
  }
}
