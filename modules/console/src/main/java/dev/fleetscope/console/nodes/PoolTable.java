package dev.fleetscope.console.nodes;

import dev.fleetscope.console.RowSelection;
import dev.fleetscope.model.Units;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import dev.fleetscope.runtime.nodes.ClusterNodeReport;
import dev.fleetscope.runtime.nodes.NodeText;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** A cluster's pools in the chosen scenario: today, the proposal, what it saves and moves. */
final class PoolTable extends TableView<PoolProposal> {
  private ClusterNodeReport cluster;

  PoolTable() {
    setId("nodes-pools");
    setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    setPlaceholder(new Label("Select a cluster above."));
    getColumns()
        .addAll(
            List.of(
                Columns.<PoolProposal>text("Pool", PoolProposal::pool, 150),
                Columns.<PoolProposal>text("GPUs per node", this::gpus, 260),
                Columns.<PoolProposal>text("Today", p -> NodeText.types(p.todayTypes()), 150),
                Columns.<PoolProposal>text("Proposed", p -> NodeText.types(p.proposedTypes()), 230),
                Columns.<PoolProposal>number("Saves", this::saving, 120),
                Columns.<PoolProposal>number("Pods moving", p -> "" + p.moves().size(), 90),
                Columns.<PoolProposal>number("Blockers", p -> "" + p.blockers().size(), 70)));
  }

  void show(ClusterNodeReport report, List<PoolProposal> pools) {
    String selected =
        getSelectionModel().getSelectedItem() == null
            ? null
            : getSelectionModel().getSelectedItem().pool();
    cluster = report;
    getItems().setAll(pools);
    if (RowSelection.selectFirst(this, p -> p.pool().equals(selected)).isEmpty()
        && !pools.isEmpty()) {
      getSelectionModel().selectFirst();
    }
  }

  private String gpus(PoolProposal p) {
    String text = cluster == null ? "" : cluster.pool(p.pool()).describeGpus();
    return text.isEmpty() ? "–" : text;
  }

  private String saving(PoolProposal p) {
    return Units.money(p.savingPerMonth(), cluster.currency(), "month");
  }

  ClusterNodeReport cluster() {
    return cluster;
  }
}
