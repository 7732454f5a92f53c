package dev.fleetscope.console.nodes;

import dev.fleetscope.console.Editing;
import dev.fleetscope.console.ModelListeners;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.Units;
import dev.fleetscope.packing.Unplaced;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.runtime.nodes.FleetNodeReport;
import dev.fleetscope.runtime.nodes.NodeText;
import dev.fleetscope.runtime.nodes.ProviderComparison;
import dev.fleetscope.runtime.nodes.ProviderComparison.ProviderCost;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * What a namespace's or workload's pods would cost on each cloud: GPU pods on types of their GPU
 * model, in a region the user picks per cloud, all priced from the same snapshot.
 */
final class CloudPane extends VBox {
  private final ModelListeners listeners = new ModelListeners();
  private final NodesViewModel model;
  private final ComboBox<ProviderComparison.Selection> what = new ComboBox<>();
  private final ChoiceBox<Scenario.Requests> requests = new ChoiceBox<>();
  private final Map<Provider, ChoiceBox<String>> regions = new EnumMap<>(Provider.class);
  private final HBox regionBoxes = new HBox(8);
  private final Label status = new Label();
  private final TableView<ProviderCost> table = new TableView<>();
  private final Label unplaced = new Label();
  private String cluster = "";

  CloudPane(NodesViewModel model) {
    super(8);
    this.model = model;
    setId("nodes-clouds");
    setStyle("-fx-padding: 10");
    what.setId("nodes-clouds-what");
    what.setPromptText("Namespace or workload");
    what.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(what, Priority.ALWAYS);
    what.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(ProviderComparison.Selection s) {
            return s == null ? "" : s.describe();
          }

          @Override
          public ProviderComparison.Selection fromString(String text) {
            return null;
          }
        });
    requests.setId("nodes-clouds-requests");
    requests.getItems().setAll(Scenario.Requests.RECOMMENDED, Scenario.Requests.TODAY);
    requests.setValue(Scenario.Requests.RECOMMENDED);
    requests.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Scenario.Requests r) {
            return r == Scenario.Requests.TODAY ? "today's requests" : "recommended requests";
          }

          @Override
          public Scenario.Requests fromString(String text) {
            return null;
          }
        });
    Button compare = new Button("Compare");
    compare.setId("nodes-clouds-compare");
    compare.getStyleClass().add("accent-button");
    compare.disableProperty().bind(what.valueProperty().isNull());
    compare.setOnAction(e -> compare());
    regionBoxes.setAlignment(Pos.CENTER_LEFT);
    HBox form = new HBox(8, what, requests, compare);
    form.setAlignment(Pos.CENTER_LEFT);
    status.setId("nodes-clouds-status");
    status.setWrapText(true);
    table.setId("nodes-clouds-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No comparison yet."));
    table.setPrefHeight(130);
    table
        .getColumns()
        .addAll(
            List.of(
                Columns.<ProviderCost>text("Cloud", c -> c.provider().displayName(), 100),
                Columns.<ProviderCost>text("Region", ProviderCost::region, 100),
                Columns.<ProviderCost>text(
                    "Nodes", c -> NodeText.types(c.packing().countsByType()), 220),
                Columns.<ProviderCost>number("Per hour", this::perHour, 110),
                Columns.<ProviderCost>number("Per month", this::perMonth, 120),
                Columns.<ProviderCost>number(
                    "Unplaced pods", c -> "" + c.packing().unplaced().size(), 100)));
    unplaced.setId("nodes-clouds-unplaced");
    unplaced.setWrapText(true);
    unplaced.getStyleClass().add("muted");
    getChildren().addAll(Editing.mark(new VBox(8, form, regionBoxes)), status, table, unplaced);
    VBox.setVgrow(table, Priority.ALWAYS);
    listeners.onChange(model.clouds(), (obs, old, state) -> show(state));
    show(model.clouds().get());
  }

  /** Offers the cluster's namespaces and workloads, and each cloud's regions. */
  void cluster(String name) {
    if (name.equals(cluster) && !what.getItems().isEmpty()) {
      return;
    }
    cluster = name;
    what.getItems().setAll(model.selections(name));
    regionBoxes.getChildren().setAll(new Label("Regions:"));
    Map<Provider, String> defaults = model.defaultRegions(name);
    model
        .regions()
        .forEach(
            (provider, listed) -> {
              ChoiceBox<String> box = regions.computeIfAbsent(provider, p -> new ChoiceBox<>());
              box.setId(
                  "nodes-clouds-region-" + provider.name().toLowerCase(java.util.Locale.ROOT));
              box.getItems().setAll(listed);
              box.setValue(defaults.get(provider));
              if (!listed.isEmpty()) {
                regionBoxes.getChildren().addAll(new Label(provider.displayName()), box);
              }
            });
  }

  private void compare() {
    Map<Provider, String> chosen = new java.util.LinkedHashMap<>();
    ProviderComparison.CLOUDS.forEach(
        p -> {
          ChoiceBox<String> box = regions.get(p);
          if (box != null && box.getValue() != null) {
            chosen.put(p, box.getValue());
          }
        });
    model.compareClouds(what.getValue(), requests.getValue(), chosen);
  }

  private void show(CloudComparison state) {
    status.setText(state.status());
    table.getItems().setAll(state.costs());
    List<String> reasons = new ArrayList<>();
    for (ProviderCost cost : state.costs()) {
      for (Unplaced u : cost.packing().unplaced()) {
        reasons.add(cost.provider().displayName() + ": " + u.pod() + " — " + u.reason());
      }
    }
    unplaced.setText(
        reasons.isEmpty()
            ? ""
            : "Pods a cloud cannot hold (its cost leaves them out):\n"
                + String.join("\n", reasons));
  }

  private String perHour(ProviderCost cost) {
    return Units.money(cost.costPerHour(), model.currency(), "hour");
  }

  private String perMonth(ProviderCost cost) {
    return Units.money(FleetNodeReport.perMonth(cost.costPerHour()), model.currency(), "month");
  }
}
