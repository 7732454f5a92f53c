package dev.fleetscope.console.nodes;

import dev.fleetscope.console.Editing;
import dev.fleetscope.packing.rightsizing.Blocker;
import dev.fleetscope.packing.rightsizing.PodMove;
import dev.fleetscope.packing.rightsizing.PoolProposal;
import dev.fleetscope.runtime.nodes.ClusterNodeReport;
import dev.fleetscope.runtime.nodes.PoolExport;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/**
 * The selected pool: the pods its proposal moves, what blocks consolidation, and its export as YAML
 * into a folder the user picks (advice: nothing is sent to the cluster, so read-only mode allows
 * it).
 */
final class PoolDetail extends TabPane {
  private final TableView<PodMove> moves = new TableView<>();
  private final TableView<Blocker> blockers = new TableView<>();
  private final Tab movesTab = new Tab("Pods that move", moves);
  private final Tab blockersTab = new Tab("What blocks", blockers);
  private final ChoiceBox<PoolExport.Format> format = new ChoiceBox<>();
  private final TextField folder = new TextField(System.getProperty("user.home"));
  private final Button export = new Button("Export");
  private final Label exportNote = new Label();
  private final NodesViewModel model;
  private ClusterNodeReport cluster;
  private PoolProposal pool;

  PoolDetail(NodesViewModel model) {
    this.model = model;
    setId("nodes-pool-detail");
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    moves.setId("nodes-moves");
    moves.setPlaceholder(new Label("No pod moves."));
    moves.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    moves
        .getColumns()
        .addAll(
            List.of(
                Columns.<PodMove>text("Pod", PodMove::pod, 420),
                Columns.<PodMove>text("From node (today)", PodMove::fromNode, 300),
                Columns.<PodMove>text("To node (proposed)", PodMove::toNode, 300)));
    blockers.setId("nodes-blockers");
    blockers.setPlaceholder(new Label("Nothing blocks consolidation: every pod may move."));
    blockers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    blockers
        .getColumns()
        .addAll(
            List.of(
                Columns.<Blocker>text("Node", Blocker::node, 250),
                Columns.<Blocker>text("Pod", Blocker::pod, 350),
                Columns.<Blocker>text("Why it cannot move", Blocker::detail, 420)));
    getTabs().addAll(movesTab, blockersTab, new Tab("Export YAML", Editing.mark(exportForm())));
  }

  private VBox exportForm() {
    format.setId("nodes-export-format");
    format.getItems().setAll(PoolExport.Format.values());
    format.setValue(PoolExport.Format.KARPENTER_NODE_POOL);
    format.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(PoolExport.Format f) {
            return f == null ? "" : f.title();
          }

          @Override
          public PoolExport.Format fromString(String text) {
            return null;
          }
        });
    folder.setId("nodes-export-folder");
    folder.setPromptText("Folder to write the YAML into");
    HBox.setHgrow(folder, Priority.ALWAYS);
    Button choose = new Button("Folder…");
    choose.setOnAction(
        e -> {
          DirectoryChooser chooser = new DirectoryChooser();
          chooser.setTitle("Folder for the pool's YAML");
          File start = new File(folder.getText());
          if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
          }
          File picked = chooser.showDialog(getScene().getWindow());
          if (picked != null) {
            folder.setText(picked.getPath());
          }
        });
    export.setId("nodes-export");
    export.getStyleClass().add("accent-button");
    export.setOnAction(
        e -> model.export(cluster, pool, format.getValue(), Path.of(folder.getText().strip())));
    Label result = new Label();
    result.setId("nodes-export-result");
    result.setWrapText(true);
    result.textProperty().bind(model.exported());
    exportNote.setWrapText(true);
    exportNote.getStyleClass().add("muted");
    HBox where = new HBox(8, folder, choose);
    HBox how = new HBox(8, format, export);
    how.setAlignment(Pos.CENTER_LEFT);
    VBox form = new VBox(8, exportNote, how, where, result);
    form.getStyleClass().add("form-line");
    form.setStyle("-fx-padding: 10");
    return form;
  }

  void show(ClusterNodeReport report, PoolProposal proposal) {
    cluster = report;
    pool = proposal;
    if (proposal == null) {
      moves.getItems().clear();
      blockers.getItems().clear();
      export.setDisable(true);
      exportNote.setText("Select a pool.");
      return;
    }
    moves.getItems().setAll(proposal.moves());
    blockers.getItems().setAll(proposal.blockers());
    movesTab.setText("Pods that move (" + proposal.moves().size() + ")");
    blockersTab.setText("What blocks (" + proposal.blockers().size() + ")");
    boolean aws = PoolExport.supports(report.provider());
    export.setDisable(!aws);
    exportNote.setText(
        aws
            ? "Writes pool "
                + proposal.pool()
                + "'s proposal ("
                + proposal.proposedNodes()
                + " nodes) as YAML for review or your GitOps repository. Nothing is sent to the"
                + " cluster."
            : "Karpenter NodePools (EC2NodeClass) and EKS node groups are AWS's formats; "
                + report.cluster()
                + " runs on "
                + report.provider().displayName()
                + ".");
  }
}
