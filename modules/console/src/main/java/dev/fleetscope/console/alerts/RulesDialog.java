package dev.fleetscope.console.alerts;

import dev.fleetscope.alerts.AlertRule;
import dev.fleetscope.alerts.rules.DefaultRules;
import dev.fleetscope.alerts.rules.ThresholdText;
import dev.fleetscope.console.DialogSave;
import dev.fleetscope.model.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Edits the alert rules: on or off, threshold in the kind's unit, how long the condition must hold,
 * severity. Save stays put, listing what to fix, until every field checks out; the result is the
 * rules to save.
 */
public final class RulesDialog extends Dialog<List<AlertRule>> {

  private final GridPane grid = new GridPane();
  private final List<Row> rows = new ArrayList<>();
  private final Label problems = new Label();

  /**
   * @param file where the rules are kept, named so a person knows what Save writes
   * @param saver called on a virtual thread with the checked rules
   */
  public RulesDialog(Window owner, List<AlertRule> rules, String file, Saver saver) {
    initOwner(owner);
    setTitle("Alert rules");
    setHeaderText(
        "A rule fires once its condition has held for the time given.\nSaved to " + file + ".");
    grid.setId("rules-grid");
    grid.setHgap(10);
    grid.setVgap(6);
    fill(rules);
    Button defaults = new Button("Restore defaults");
    defaults.setId("rules-defaults");
    defaults.setOnAction(e -> fill(DefaultRules.all()));
    Label scopes =
        new Label(
            "Scope: all, or clusters=prod,lab; namespaces=ml-*; teams=search; models=fraud-*"
                + " (* matches any run of characters)");
    scopes.getStyleClass().add("muted");
    problems.setId("rules-problems");
    problems.getStyleClass().add("error-banner");
    problems.setWrapText(true);
    problems.setMaxWidth(640);
    problems.managedProperty().bind(problems.visibleProperty());
    problems.setVisible(false);
    getDialogPane().setContent(new VBox(10, grid, new HBox(12, defaults, scopes), problems));
    getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    Button save = (Button) getDialogPane().lookupButton(ButtonType.OK);
    save.setText("Save");
    save.setId("rules-save");
    save.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          e.consume(); // closes once saved, off the FX thread
          RuleEdit.Checked checked = RuleEdit.check(edits());
          if (!checked.problems().isEmpty()) {
            showProblems(checked.problems());
            return;
          }
          DialogSave.start(
              this,
              "the alert rules to " + file,
              checked.rules(),
              saver::save,
              problem -> showProblems(List.of(problem)));
        });
    setResultConverter(b -> null); // Cancel; Save sets the result itself
  }

  /** Writes the rules and puts them in force; may block on file I/O. */
  @FunctionalInterface
  public interface Saver {
    void save(List<AlertRule> rules) throws IOException;
  }

  private void showProblems(List<String> lines) {
    problems.setText(String.join("\n", lines));
    problems.setVisible(true);
    getDialogPane().getScene().getWindow().sizeToScene();
  }

  private List<RuleEdit> edits() {
    return rows.stream().map(Row::edit).toList();
  }

  private void fill(List<AlertRule> rules) {
    grid.getChildren().clear();
    rows.clear();
    grid.addRow(
        0,
        heading("On"),
        heading("Rule"),
        heading("Fires at"),
        heading("For at least"),
        heading("Severity"),
        heading("Scope"));
    for (AlertRule rule : rules) {
      Row row = new Row(rule);
      rows.add(row);
      grid.addRow(
          rows.size(),
          row.enabled,
          row.name,
          row.threshold(),
          row.duration,
          row.severity,
          row.scope);
    }
  }

  private static Label heading(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("muted");
    return label;
  }

  /** The controls of one rule; ids carry the rule id, for tests and screen readers. */
  private static final class Row {
    final AlertRule rule;
    final CheckBox enabled = new CheckBox();
    final Label name;
    final Label condition;
    final TextField threshold = new TextField();
    final TextField duration = new TextField();
    final ChoiceBox<Severity> severity = new ChoiceBox<>();
    final TextField scope = new TextField();

    Row(AlertRule rule) {
      this.rule = rule;
      RuleEdit edit = RuleEdit.of(rule);
      name = new Label(rule.id());
      name.setTooltip(new Tooltip(rule.kind().measures()));
      condition = new Label(rule.kind().comparison());
      enabled.setSelected(edit.enabled());
      enabled.setId("rule-enabled-" + rule.id());
      threshold.setText(edit.threshold());
      threshold.setId("rule-threshold-" + rule.id());
      threshold.setPrefColumnCount(6);
      duration.setText(edit.duration());
      duration.setId("rule-duration-" + rule.id());
      duration.setPrefColumnCount(6);
      duration.setPromptText("e.g. 15m, 1h30m");
      severity.getItems().setAll(Severity.values());
      severity.setConverter(
          new StringConverter<>() {
            @Override
            public String toString(Severity s) {
              return s == null ? "" : s.id();
            }

            @Override
            public Severity fromString(String id) {
              return Severity.ofId(id);
            }
          });
      severity.setValue(edit.severity());
      severity.setId("rule-severity-" + rule.id());
      scope.setText(edit.scope());
      scope.setId("rule-scope-" + rule.id());
      scope.setPrefColumnCount(18);
      scope.setPromptText("all");
      scope.setTooltip(
          new Tooltip(
              "Which clusters, namespaces, teams and models the rule watches: all, or"
                  + " clusters=prod,lab; namespaces=ml-*; teams=search; models=fraud-*."
                  + " Each dimension given narrows; * matches any run of characters."));
    }

    /** {@code ≥ [50] %}: the comparison, the field and the kind's unit. */
    HBox threshold() {
      HBox cell = new HBox(6, condition, threshold, new Label(ThresholdText.unit(rule.kind())));
      cell.setAlignment(Pos.CENTER_LEFT);
      return cell;
    }

    RuleEdit edit() {
      return new RuleEdit(
          rule,
          enabled.isSelected(),
          threshold.getText(),
          duration.getText(),
          severity.getValue(),
          scope.getText());
    }
  }
}
