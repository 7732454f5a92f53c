package dev.fleetscope.console.recommendations;

import dev.fleetscope.console.ModelListeners;
import dev.fleetscope.model.change.ChangeRecord;
import dev.fleetscope.model.change.RunRecord;
import dev.fleetscope.runtime.rightsizing.ApplyStage;
import dev.fleetscope.runtime.rightsizing.AuditHistory;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The audit log: runs newest first, each with its changes, exact quantities and states; rollback of
 * a run or a change and resumption of an interrupted run, each itself an audited run.
 */
final class AuditPane extends VBox {
  private final ModelListeners listeners = new ModelListeners();
  private final ApplyFlowViewModel model;
  private final TreeTableView<AuditRow> table = new TreeTableView<>();
  private final Label notices = new Label();
  private final Button rollBackRun = new Button("Roll back run");
  private final Button rollBackChange = new Button("Roll back change");
  private final Button resume = new Button("Resume run");

  AuditPane(ApplyFlowViewModel model, String auditFile) {
    super(8);
    this.model = model;
    setId("audit-pane");
    Label file =
        new Label("Audit log: " + auditFile + " (also read by fleetscope audit and rollback)");
    file.getStyleClass().add("muted");
    rollBackRun.setId("audit-rollback-run");
    rollBackChange.setId("audit-rollback-change");
    resume.setId("audit-resume");
    rollBackRun.setOnAction(e -> selectedRun().ifPresent(model::rollBack));
    rollBackChange.setOnAction(e -> selectedChange().ifPresent(model::rollBack));
    resume.setOnAction(e -> selectedRun().ifPresent(model::resume));
    HBox actions = new HBox(8, rollBackRun, rollBackChange, resume, file);
    actions.getStyleClass().add("toolbar");
    notices.setId("audit-notices");
    notices.getStyleClass().add("stale-banner");
    notices.setWrapText(true);
    buildTable();
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(actions, notices, table);
    listeners.onChange(model.history(), (obs, old, h) -> show(h));
    listeners.onChange(model.stage(), (obs, old, s) -> enable());
    table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> enable());
    show(model.history().get());
  }

  private void buildTable() {
    table.setId("audit-table");
    table.setShowRoot(false);
    table.setRoot(new TreeItem<>());
    table.setPlaceholder(new Label("No run yet: applied changes and rollbacks are listed here"));
    table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("Run / change", AuditRow::id, 170));
    table.getColumns().add(column("When", AuditRow::when, 110));
    table.getColumns().add(column("What", AuditRow::what, 250));
    table.getColumns().add(column("Quantities (before → after)", AuditRow::values, 360));
    table.getColumns().add(column("State", AuditRow::state, 105));
    table.getColumns().add(column("Detail", AuditRow::detail, 300));
  }

  private static TreeTableColumn<AuditRow, String> column(
      String title, Function<AuditRow, String> value, double width) {
    TreeTableColumn<AuditRow, String> column = new TreeTableColumn<>(title);
    column.setPrefWidth(width);
    column.setSortable(false);
    column.setMinWidth(width < 300 ? width : 80);
    column.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().getValue())));
    column.setCellFactory(
        c ->
            new TreeTableCell<>() {
              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 30 ? null : new Tooltip(item));
              }
            });
    return column;
  }

  private void show(AuditHistory history) {
    String text =
        String.join("\n", history.notices()) + history.problem().map(p -> "\n" + p).orElse("");
    notices.setText(text.strip());
    notices.setVisible(!text.isBlank());
    notices.setManaged(!text.isBlank());
    Optional<String> selected =
        Optional.ofNullable(table.getSelectionModel().getSelectedItem())
            .map(i -> i.getValue().id());
    TreeItem<AuditRow> root = table.getRoot();
    root.getChildren().clear();
    boolean first = true;
    for (RunRecord run : history.runs()) {
      TreeItem<AuditRow> runItem = new TreeItem<>(AuditRow.of(run));
      for (ChangeRecord change : run.changes()) {
        runItem.getChildren().add(new TreeItem<>(AuditRow.of(run, change)));
      }
      runItem.setExpanded(first); // the newest run open, older ones folded
      first = false;
      root.getChildren().add(runItem);
    }
    selected.ifPresent(
        id ->
            root.getChildren().stream()
                .flatMap(r -> Stream.concat(Stream.of(r), r.getChildren().stream()))
                .filter(i -> i.getValue().id().equals(id))
                .findFirst()
                .ifPresent(i -> table.getSelectionModel().select(i)));
    enable();
  }

  private Optional<RunRecord> selectedRun() {
    return Optional.ofNullable(table.getSelectionModel().getSelectedItem())
        .map(i -> i.getValue().run());
  }

  private Optional<ChangeRecord> selectedChange() {
    return Optional.ofNullable(table.getSelectionModel().getSelectedItem())
        .flatMap(i -> i.getValue().change());
  }

  private void enable() {
    AuditHistory history = model.history().get();
    boolean blocked =
        model.readOnlyReason().isPresent() || model.stage().get() instanceof ApplyStage.Running;
    rollBackRun.setDisable(
        blocked || selectedRun().map(r -> history.toRollBack(r).isEmpty()).orElse(true));
    rollBackChange.setDisable(
        blocked || selectedChange().map(c -> !history.canRollBack(c)).orElse(true));
    resume.setDisable(
        blocked || selectedRun().map(r -> history.toResume(r).isEmpty()).orElse(true));
  }
}
