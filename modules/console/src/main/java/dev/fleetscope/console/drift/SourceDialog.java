package dev.fleetscope.console.drift;

import dev.fleetscope.runtime.config.DriftSource;
import java.io.File;
import java.util.Set;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Adds or edits a configured source: one inference log split into two time windows, or a reference
 * and a current file; categorical columns and per-column test and threshold overrides. OK stays
 * put, listing what to fix, until the form checks out.
 */
final class SourceDialog extends Dialog<DriftSource> {
  private static File lastDirectory;

  private final RadioButton logKind = new RadioButton("One log, split by time");
  private final RadioButton pairKind = new RadioButton("Reference and current files");
  private final TextField name = field("source-name", "e.g. churn-lgbm (prod)");
  private final TextField logFile = field("source-log", "inference log (.csv, .tsv, .parquet)");
  private final TextField timestamp = field("source-timestamp", "column holding each row's time");
  private final TextField referenceWindow =
      field("source-reference-window", "START/END, e.g. 2026-11-01/2026-11-08");
  private final TextField currentWindow =
      field("source-current-window", "START/END, e.g. 2026-11-19/2026-11-20");
  private final TextField referenceFile =
      field("source-reference", "reference data (.csv, .tsv, .parquet)");
  private final TextField currentFile = field("source-current", "current data, same columns");
  private final TextField categorical =
      field("source-categorical", "numeric columns to compare as labels: a, b");
  private final TextField tests = field("source-tests", "COLUMN=TEST: score=psi, age=ks");
  private final TextField thresholds = field("source-thresholds", "COLUMN=NUMBER: score=0.2");
  private final Label problems = new Label();

  /**
   * @param taken names of the other configured sources
   */
  SourceDialog(Window owner, SourceForm initial, boolean editing, Set<String> taken) {
    initOwner(owner);
    setTitle(editing ? "Edit drift source" : "Add drift source");
    setHeaderText(
        editing
            ? "Change where " + initial.name() + "'s data comes from"
            : "Compare a model's current inputs or outputs with a reference");
    ToggleGroup kind = new ToggleGroup();
    logKind.setToggleGroup(kind);
    pairKind.setToggleGroup(kind);
    (initial.log() ? logKind : pairKind).setSelected(true);
    fill(initial);

    GridPane top = grid("source-dialog");
    top.addRow(0, label("Name"), name);
    top.add(new HBox(16, logKind, pairKind), 1, 1);
    GridPane logRows = grid("source-log-rows");
    logRows.addRow(0, label("Log file"), browse(logFile));
    logRows.addRow(1, label("Timestamp column"), timestamp);
    logRows.addRow(2, label("Reference window"), referenceWindow);
    logRows.addRow(3, label("Current window"), currentWindow);
    GridPane pairRows = grid("source-pair-rows");
    pairRows.addRow(0, label("Reference file"), browse(referenceFile));
    pairRows.addRow(1, label("Current file"), browse(currentFile));
    GridPane overrides = grid("source-overrides");
    overrides.addRow(0, label("Categorical columns"), categorical);
    overrides.addRow(1, label("Test per column"), tests);
    overrides.addRow(2, label("Threshold per column"), thresholds);
    problems.setId("source-problems");
    problems.getStyleClass().add("error-banner");
    problems.setWrapText(true);
    problems.setMaxWidth(600);
    problems.managedProperty().bind(problems.visibleProperty());
    problems.setVisible(false);
    logRows.visibleProperty().bind(logKind.selectedProperty());
    logRows.managedProperty().bind(logKind.selectedProperty());
    pairRows.visibleProperty().bind(pairKind.selectedProperty());
    pairRows.managedProperty().bind(pairKind.selectedProperty());
    kind.selectedToggleProperty()
        .addListener((obs, old, t) -> getDialogPane().getScene().getWindow().sizeToScene());

    getDialogPane().setContent(new VBox(8, top, logRows, pairRows, overrides, problems));
    getDialogPane()
        .getStylesheets()
        .setAll(owner.getScene().getStylesheets()); // the console's theme
    getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
    ok.setText(editing ? "Save" : "Add");
    ok.setId("source-ok");
    ok.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          SourceForm.Checked checked = form().check(taken);
          if (!checked.problems().isEmpty()) {
            problems.setText(String.join("\n", checked.problems()));
            problems.setVisible(true);
            getDialogPane().getScene().getWindow().sizeToScene();
            e.consume();
          }
        });
    setOnShown(
        e ->
            Platform.runLater(
                name::requestFocus)); // after the dialog has focused its default button
    setResultConverter(button -> button == ButtonType.OK ? form().check(taken).source() : null);
  }

  private SourceForm form() {
    return new SourceForm(
        name.getText(),
        logKind.isSelected(),
        logFile.getText(),
        timestamp.getText(),
        referenceWindow.getText(),
        currentWindow.getText(),
        referenceFile.getText(),
        currentFile.getText(),
        categorical.getText(),
        tests.getText(),
        thresholds.getText());
  }

  private void fill(SourceForm f) {
    name.setText(f.name());
    logFile.setText(f.logFile());
    timestamp.setText(f.timestampColumn());
    referenceWindow.setText(f.referenceWindow());
    currentWindow.setText(f.currentWindow());
    referenceFile.setText(f.referenceFile());
    currentFile.setText(f.currentFile());
    categorical.setText(f.categorical());
    tests.setText(f.tests());
    thresholds.setText(f.thresholds());
  }

  /** A path field with a Browse… button that opens the platform's file chooser. */
  private HBox browse(TextField path) {
    Button button = new Button("Browse…");
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser
              .getExtensionFilters()
              .addAll(
                  new FileChooser.ExtensionFilter(
                      "Tables (*.csv, *.tsv, *.parquet)",
                      "*.csv",
                      "*.tsv",
                      "*.parquet",
                      "*.csv.gz"),
                  new FileChooser.ExtensionFilter("All files", "*"));
          if (lastDirectory != null) {
            chooser.setInitialDirectory(lastDirectory);
          }
          File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
          if (chosen != null) {
            path.setText(chosen.getAbsolutePath());
            lastDirectory = chosen.getParentFile();
          }
        });
    HBox box = new HBox(6, path, button);
    HBox.setHgrow(path, Priority.ALWAYS);
    return box;
  }

  private static Label label(String text) {
    return new Label(text);
  }

  /** Two columns, labels in a fixed width so that the groups of rows line up. */
  private static GridPane grid(String id) {
    GridPane grid = new GridPane(10, 8);
    grid.setId(id);
    grid.getColumnConstraints().addAll(new ColumnConstraints(150), new ColumnConstraints(440));
    return grid;
  }

  private static TextField field(String id, String prompt) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(prompt);
    f.setPrefColumnCount(20);
    return f;
  }
}
