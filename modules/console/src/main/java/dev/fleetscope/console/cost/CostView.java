package dev.fleetscope.console.cost;

import dev.fleetscope.console.Editing;
import dev.fleetscope.console.ScrollPanes;
import dev.fleetscope.console.nodes.NodeSavings;
import dev.fleetscope.runtime.cost.CostState;
import dev.fleetscope.runtime.nodes.NodeEstimate;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the fleet costs: the month's outlook from the bill, cost per day, the breakdown by cluster,
 * namespace, team, model or service with idle capacity kept in view, what the recommendations would
 * save, and the sources.
 */
public final class CostView extends ScrollPane {
  private final Label source = new Label();
  private final Label billingNote = new Label();
  private final OutlookCards cards = new OutlookCards();
  private final DailyCostChart trend = new DailyCostChart();
  private final BreakdownPane breakdown;
  private final SourcesPane sources;
  private final ChangeListener<CostState> onState = (obs, old, state) -> show(state);
  private ChangeListener<NodeEstimate> onNodes;

  public CostView(CostViewModel model) {
    getStyleClass().add("cost-view");
    ScrollPanes.withoutViewportCache(this);
    setFitToWidth(true);
    breakdown = new BreakdownPane(model.dimension());
    sources = new SourcesPane(model);
    Label title = new Label("Cost");
    title.getStyleClass().add("view-title");
    source.setId("cost-source");
    source.getStyleClass().add("muted");
    Hyperlink toSources = new Hyperlink("Cost sources ↓");
    toSources.setOnAction(e -> setVvalue(getVmax()));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox header = new HBox(12, title, source, gap, Editing.mark(toSources));
    header.setAlignment(Pos.BASELINE_LEFT);
    billingNote.getStyleClass().add("stale-banner");
    billingNote.setWrapText(true);
    billingNote.managedProperty().bind(billingNote.visibleProperty());
    VBox content =
        new VBox(12, header, billingNote, cards, trend, breakdown, Editing.mark(sources));
    content.getStyleClass().add("view");
    setContent(content);
    model.state().addListener(new WeakChangeListener<>(onState));
    show(model.state().get());
    model.activate();
  }

  /** Shows the node-level savings of the Nodes view's packing beside the request-level ones. */
  public void showNodeSavings(ObservableValue<NodeEstimate> estimate) {
    onNodes = (obs, old, e) -> cards.showNodes(NodeSavings.of(e));
    estimate.addListener(new WeakChangeListener<>(onNodes));
    cards.showNodes(NodeSavings.of(estimate.getValue()));
  }

  private void show(CostState state) {
    source.setText(state.billing().map(b -> "Billing: " + b.source()).orElse(""));
    boolean noBill = state.billing().isEmpty() && !state.billingNote().isEmpty();
    billingNote.setText(state.billingNote());
    billingNote.setVisible(noBill);
    cards.show(state);
    state.billing().ifPresentOrElse(trend::show, () -> trend.clear(state.billingNote()));
    breakdown.show(state.breakdown());
    sources.show(state);
  }
}
