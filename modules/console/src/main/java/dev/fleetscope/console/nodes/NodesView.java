package dev.fleetscope.console.nodes;

import dev.fleetscope.console.RowSelection;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.runtime.nodes.ClusterNodeReport;
import dev.fleetscope.runtime.nodes.FleetNodeReport;
import dev.fleetscope.runtime.nodes.NodeEstimate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Node rightsizing, per cluster and pool: today's nodes and cost against what the same pods need at
 * today's or recommended requests, on today's types or the cheapest mix; per pool the proposal, its
 * saving, the pods that would move and what blocks them; a pool's YAML export and the cost of a
 * namespace or workload on each cloud. Everything here is advice; the packing runs off the FX
 * thread and its progress is shown.
 */
public final class NodesView extends VBox {
  private final Label prices = new Label();
  private final ProgressBar progress = new ProgressBar();
  private final Label status = new Label();
  private final HBox statusLine = new HBox(8, progress, status);
  private final Figure requestSaving =
      new Figure("nodes-savings-requests", NodeSavings.REQUESTS_LABEL);
  private final Figure nodeSaving = new Figure("nodes-savings-nodes", NodeSavings.NODES_LABEL);
  private final ToggleGroup requests = new ToggleGroup();
  private final ToggleGroup types = new ToggleGroup();
  private final TableView<ScenarioRow> clusters = new TableView<>();
  private final PoolTable pools = new PoolTable();
  private final PoolDetail detail;
  private final CloudPane clouds;
  private final ChangeListener<NodeEstimate> onEstimate = (obs, old, e) -> show(e);
  private FleetNodeReport report;

  public NodesView(NodesViewModel model) {
    super(10);
    getStyleClass().addAll("view", "nodes-view");
    detail = new PoolDetail(model);
    clouds = new CloudPane(model);
    Label title = new Label("Nodes");
    title.getStyleClass().add("view-title");
    title.setMinWidth(Region.USE_PREF_SIZE);
    prices.setId("nodes-prices");
    prices.getStyleClass().add("muted");
    prices.setWrapText(true);
    HBox.setHgrow(prices, Priority.ALWAYS);
    Button again = new Button("Pack again");
    again.setId("nodes-recompute");
    again.setOnAction(e -> model.recompute());
    again.setMinWidth(Region.USE_PREF_SIZE);
    HBox header = new HBox(12, title, prices, again);
    header.setAlignment(Pos.BASELINE_LEFT);
    progress.setPrefWidth(180);
    progress.managedProperty().bind(progress.visibleProperty());
    status.setId("nodes-status");
    status.setWrapText(true);
    statusLine.setAlignment(Pos.CENTER_LEFT);
    statusLine.managedProperty().bind(statusLine.visibleProperty());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox top = new HBox(10, requestSaving, nodeSaving, gap, scenarioChooser());
    top.setAlignment(Pos.CENTER_LEFT);
    clusters.setId("nodes-clusters");
    clusters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    clusters.setFixedCellSize(26);
    clusters.setPrefHeight(26 * 5 + 30);
    clusters.setMinHeight(26 * 3 + 30);
    clusters.setPlaceholder(new Label("Packing the fleet's pods…"));
    clusters
        .getColumns()
        .addAll(
            List.of(
                Columns.<ScenarioRow>text("Cluster", ScenarioRow::cluster, 150),
                Columns.<ScenarioRow>text("Where", ScenarioRow::where, 170),
                Columns.<ScenarioRow>number("Today", ScenarioRow::today, 190),
                Columns.<ScenarioRow>number("Proposed", ScenarioRow::proposed, 190),
                Columns.<ScenarioRow>number("Saves", ScenarioRow::saving, 150),
                Columns.<ScenarioRow>number(
                    "Lower bound (proposal above it)", ScenarioRow::bound, 230)));
    clusters
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, row) -> showCluster(row));
    pools
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, pool) -> detail.show(pools.cluster(), pool));
    Tab cloudTab = new Tab("Compare clouds", clouds);
    cloudTab.setId("nodes-clouds-tab");
    detail.getTabs().add(cloudTab);
    pools.setFixedCellSize(26);
    pools.setPrefHeight(26 * 4 + 30);
    pools.setMinHeight(26 * 2 + 30);
    detail.setMinHeight(160);
    VBox.setVgrow(detail, Priority.ALWAYS);
    getChildren().addAll(header, statusLine, top, clusters, pools, detail);
    model.estimate().addListener(new WeakChangeListener<>(onEstimate));
    show(model.estimate().get());
  }

  private VBox scenarioChooser() {
    ToggleButton today =
        toggle("nodes-requests-today", "Today's requests", requests, Scenario.Requests.TODAY);
    ToggleButton recommended =
        toggle(
            "nodes-requests-recommended", "Recommended", requests, Scenario.Requests.RECOMMENDED);
    ToggleButton same =
        toggle("nodes-types-todays", "Today's types", types, Scenario.Types.TODAYS_TYPES);
    ToggleButton mix =
        toggle("nodes-types-mix", "Cheapest mix", types, Scenario.Types.CHEAPEST_MIX);
    recommended.setSelected(true);
    mix.setSelected(true);
    for (ToggleGroup group : List.of(requests, types)) {
      group
          .selectedToggleProperty()
          .addListener(
              (o, old, now) -> {
                if (now == null) {
                  old.setSelected(true); // one of each is always chosen
                } else {
                  showRows();
                }
              });
    }
    VBox chooser =
        new VBox(6, choice("Requests", today, recommended), choice("Instance types", same, mix));
    chooser.setAlignment(Pos.CENTER_RIGHT);
    return chooser;
  }

  private static HBox choice(String label, ToggleButton... buttons) {
    Label name = new Label(label);
    name.getStyleClass().add("muted");
    name.setMinWidth(Region.USE_PREF_SIZE);
    HBox line = new HBox(6, name);
    line.getChildren().addAll(buttons);
    line.setAlignment(Pos.CENTER_RIGHT);
    return line;
  }

  private static ToggleButton toggle(String id, String text, ToggleGroup group, Object value) {
    ToggleButton button = new ToggleButton(text);
    button.setId(id);
    button.setToggleGroup(group);
    button.setUserData(value);
    button.setMinWidth(Region.USE_PREF_SIZE);
    return button;
  }

  private Scenario.Requests chosenRequests() {
    return (Scenario.Requests) requests.getSelectedToggle().getUserData();
  }

  private Scenario.Types chosenTypes() {
    return (Scenario.Types) types.getSelectedToggle().getUserData();
  }

  private void show(NodeEstimate estimate) {
    NodeSavings savings = NodeSavings.of(estimate);
    requestSaving.set(
        savings.requests(), "the recommendations, priced per requested core, GiB and GPU");
    nodeSaving.set(savings.nodes(), savings.detail());
    switch (estimate) {
      case NodeEstimate.Ready ready -> {
        statusLine.setVisible(false);
        report = ready.report();
        prices.setText(
            "Today's nodes and the candidate types priced from the "
                + report.priceSource()
                + " · recommended requests: "
                + report.requestsFrom());
        showRows();
      }
      case NodeEstimate.Computing c -> {
        statusLine.setVisible(true);
        progress.setVisible(true);
        progress.setProgress(c.progress().fraction());
        status.setText(c.progress().task());
      }
      case NodeEstimate.Waiting w -> {
        statusLine.setVisible(true);
        progress.setVisible(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        status.setText("Node rightsizing is " + w.why() + ".");
      }
      case NodeEstimate.Failed f -> {
        statusLine.setVisible(true);
        progress.setVisible(false);
        status.setText("Node rightsizing failed: " + f.message());
      }
    }
  }

  private void showRows() {
    if (report == null) {
      return;
    }
    String selected =
        clusters.getSelectionModel().getSelectedItem() == null
            ? null
            : clusters.getSelectionModel().getSelectedItem().cluster();
    List<ScenarioRow> rows = new ArrayList<>();
    for (ClusterNodeReport c : report.clusters()) {
      rows.add(ScenarioRow.of(c, chosenRequests(), chosenTypes()));
    }
    rows.add(ScenarioRow.fleet(report, chosenRequests(), chosenTypes()));
    clusters.getItems().setAll(rows);
    // every cluster and the fleet's total in view, up to five rows, before the tabs below give way
    // (on a 1280×800 screen the fleet's row was cut at the table's edge)
    double height = clusters.getFixedCellSize() * Math.min(rows.size(), 5) + 30;
    clusters.setMinHeight(height);
    clusters.setPrefHeight(height);
    RowSelection.selectFirst(
        clusters, r -> r.report() != null && (selected == null || r.cluster().equals(selected)));
  }

  private void showCluster(ScenarioRow row) {
    if (row == null || row.report() == null) {
      return; // the fleet's row has no pools of its own
    }
    List<PoolProposal> proposals = row.report().scenario(chosenRequests(), chosenTypes()).pools();
    pools.show(row.report(), proposals);
    clouds.cluster(row.cluster());
  }

  /** A labelled figure with what it covers below, as the Cost view's cards are drawn. */
  static final class Figure extends VBox {
    private final Label value = new Label("—");
    private final Label what = new Label();

    Figure(String id, String title) {
      super(2);
      getStyleClass().add("cost-card");
      Label heading = new Label(title);
      heading.getStyleClass().add("cost-card-title");
      value.setId(id);
      value.getStyleClass().add("cost-figure");
      what.setId(id + "-detail");
      what.getStyleClass().add("muted");
      what.setWrapText(true);
      getChildren().addAll(heading, value, what);
      setPrefWidth(330);
      setMaxWidth(380);
    }

    void set(String figure, String detail) {
      value.setText(figure);
      what.setText(detail);
    }
  }
}
