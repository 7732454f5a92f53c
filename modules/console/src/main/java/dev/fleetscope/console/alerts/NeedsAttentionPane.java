package dev.fleetscope.console.alerts;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.alerts.AlertState;
import dev.fleetscope.alerts.input.DriftResult;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Overview's "Needs attention": the firing alerts, most severe first, a few at most with a
 * count of the rest; each opens the view and row that explain it. When nothing fires it says so,
 * and when it was last judged: an empty list is never left unexplained.
 */
public final class NeedsAttentionPane extends VBox {
  /** Alerts the Overview lists. */
  public static final int SHOWN = 4;

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private final AttentionModel model;
  private final Actions actions;
  private final Label header = new Label();
  private final VBox rows = new VBox(4);
  private final Label more = new Label();
  private final Label judged = new Label();
  private final Hyperlink edit = new Hyperlink("Edit rules…");
  private final ChangeListener<AttentionModel.Attention> onState =
      (obs, old, attention) -> show(attention);

  /**
   * What a desktop can do from the list: edit the rules, retrain a drifting model.
   *
   * @param retrain offered on alerts whose evidence is a model's drift
   */
  public record Actions(Runnable editRules, Consumer<Alert> retrain) {}

  /** Lists the {@value #SHOWN} worst alerts and counts the rest. */
  public NeedsAttentionPane(AttentionModel model, Actions actions) {
    this.model = model;
    this.actions = actions;
    setId("needs-attention");
    getStyleClass().add("needs-attention");
    setSpacing(6);
    header.getStyleClass().add("attention-header");
    more.getStyleClass().add("muted");
    more.managedProperty().bind(more.visibleProperty());
    judged.getStyleClass().add("muted");
    judged.setWrapText(true);
    judged.managedProperty().bind(judged.visibleProperty());
    edit.setId("edit-alert-rules");
    edit.setOnAction(e -> actions.editRules().run());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox top = new HBox(12, header, gap, edit);
    top.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(top, rows, more, judged);
    model.state().addListener(new WeakChangeListener<>(onState));
    show(model.state().get());
  }

  private void show(AttentionModel.Attention attention) {
    AlertState state = attention.state();
    List<Alert> firing = state.firing();
    judged.setVisible(firing.isEmpty() && model.evaluated());
    edit.setDisable(!model.evaluated()); // the rules are read with the first evaluation
    judged.setText("Judged " + attention.judged() + ".");
    getStyleClass().removeAll("calm", "critical", "warning", "info");
    if (!model.evaluated()) {
      header.setText("Needs attention · judging the alert rules…");
    } else if (firing.isEmpty()) {
      header.setText("Nothing needs attention · judged at " + AT.format(state.at()));
      getStyleClass().add("calm");
    } else {
      header.setText("Needs attention · " + firing.size() + " firing");
      getStyleClass().add(firing.getFirst().severity().id());
    }
    rows.getChildren()
        .setAll(
            firing.stream()
                .limit(SHOWN)
                .map(
                    a ->
                        (javafx.scene.Node)
                            new AlertRow(
                                a,
                                () -> model.open(a),
                                a.evidence() instanceof DriftResult
                                    ? Optional.of(() -> actions.retrain().accept(a))
                                    : Optional.empty()))
                .toList());
    for (int i = 0; i < rows.getChildren().size(); i++) {
      rows.getChildren().get(i).setId("attention-row-" + i);
    }
    more.setVisible(firing.size() > SHOWN);
    more.setText("and " + (firing.size() - SHOWN) + " more, less severe or more recent");
  }
}
