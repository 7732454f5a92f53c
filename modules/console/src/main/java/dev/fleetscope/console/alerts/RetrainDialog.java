package dev.fleetscope.console.alerts;

import dev.fleetscope.pipelines.trigger.PreparedTrigger;
import dev.fleetscope.pipelines.trigger.RetrainReason;
import dev.fleetscope.pipelines.trigger.TriggerOutcome;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.retrain.RetrainException;
import dev.fleetscope.runtime.retrain.RetrainPlan;
import dev.fleetscope.runtime.retrain.Retraining;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Starts a drifting model's retraining run: choose the saved pipeline source and what to run, see
 * the exact request, then start it. Start is offered only for the request just previewed; once the
 * run started, a link follows it in the Pipelines view. All calls run on virtual threads.
 */
public final class RetrainDialog extends Dialog<Void> {
  private static final double WIDTH = 640;
  private static final Duration AUTO_COOL_DOWN = Duration.ofDays(1);
  static final ButtonType START = new ButtonType("Start run", ButtonBar.ButtonData.OK_DONE);

  private final Retraining retraining;
  private final RetrainReason reason;
  private final String actor;
  private final ChoiceBox<PipelineEntry> source = new ChoiceBox<>();
  private final TextField target = new TextField();
  private final TextField reasonParameter = new TextField();
  private final Label reasonParameterLabel = new Label("Reason parameter");
  private final Button preview = new Button("Preview request");
  private final TextArea request = new TextArea();
  private final Label status = new Label();
  private final Hyperlink follow = new Hyperlink("Follow the run in Pipelines");
  private final Button start;
  private final CheckBox auto =
      new CheckBox("Start it by itself when this model drifts again, at most once a day");
  private final KubeflowPickers kubeflow;
  private Optional<RetrainPlan> previewed = Optional.empty();
  private Optional<RetrainPlan> remembered;

  /**
   * @param sources the saved sources a run can start on ({@link Retraining#startable})
   * @param remembered the model's plan as last started
   * @param followRun shows the Pipelines view
   */
  public RetrainDialog(
      Window owner,
      Retraining retraining,
      RetrainReason reason,
      List<PipelineEntry> sources,
      Optional<RetrainPlan> remembered,
      String actor,
      Runnable followRun) {
    this.retraining = retraining;
    this.reason = reason;
    this.actor = actor;
    this.remembered = remembered;
    initOwner(owner);
    setTitle("Retrain " + reason.model());
    setHeaderText("Retrain " + reason.model());
    Label why = new Label(reason.summary());
    why.setWrapText(true);
    why.setMaxWidth(WIDTH);
    why.getStyleClass().add("muted");
    why.setMinHeight(Region.USE_PREF_SIZE); // wrapped lines are never cut
    getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());

    source.setId("retrain-source");
    source.getItems().setAll(sources);
    source.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(PipelineEntry e) {
            return e == null ? "" : e.name() + " (" + e.kind() + ")";
          }

          @Override
          public PipelineEntry fromString(String text) {
            throw new UnsupportedOperationException();
          }
        });
    target.setId("retrain-target");
    target.setPrefColumnCount(28);
    kubeflow = new KubeflowPickers(retraining, target::setText, this::edited);
    // a pipeline id typed by hand: list its versions once the field is left
    target
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused && kind() == PipelineEntry.Kind.KUBEFLOW) {
                kubeflow.pipelineTyped(target.getText());
              }
            });
    reasonParameter.setId("retrain-reason-parameter");
    reasonParameter.setPromptText(
        "optional: a declared parameter that receives the reason as JSON");
    remembered.ifPresent(
        plan -> {
          sources.stream()
              .filter(e -> e.id().equals(plan.source()))
              .findFirst()
              .ifPresent(source::setValue);
          target.setText(plan.target());
          reasonParameter.setText(plan.reasonParameter().orElse(""));
        });
    if (source.getValue() == null && !sources.isEmpty()) {
      source.setValue(sources.getFirst());
    }
    source.valueProperty().addListener((obs, old, e) -> kindChanged());
    target.textProperty().addListener((obs, old, t) -> edited());
    reasonParameter.textProperty().addListener((obs, old, t) -> edited());
    source.valueProperty().addListener((obs, old, e) -> edited());

    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(8);
    form.addRow(0, new Label("Pipeline source"), source);
    form.addRow(1, new Label("Run"), target);
    form.addRow(kubeflow.addTo(form, 2), reasonParameterLabel, reasonParameter);
    preview.setId("retrain-preview");
    preview.setOnAction(e -> preview());
    request.setId("retrain-request");
    request.setEditable(false);
    request.setPrefRowCount(12);
    request.setPrefColumnCount(70);
    request.setWrapText(true);
    request.setMaxWidth(WIDTH);
    request.setStyle("-fx-font-family: monospace;");
    request.setPromptText("The exact request appears here before anything is sent.");
    status.setId("retrain-status");
    status.setWrapText(true);
    status.setMaxWidth(WIDTH);
    status.setMinHeight(Region.USE_PREF_SIZE);
    follow.setId("retrain-follow");
    follow.setVisible(false);
    follow.managedProperty().bind(follow.visibleProperty());
    follow.setOnAction(
        e -> {
          followRun.run();
          close();
        });
    auto.setId("retrain-auto");
    auto.setSelected(remembered.flatMap(RetrainPlan::autoCoolDown).isPresent());
    auto.setOnAction(e -> autoChanged());
    getDialogPane().setContent(new VBox(10, why, form, preview, request, status, follow, auto));

    getDialogPane().getButtonTypes().setAll(START, ButtonType.CLOSE);
    start = (Button) getDialogPane().lookupButton(START);
    start.setId("retrain-start");
    start.setDisable(true);
    start.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          e.consume(); // the dialog stays to show what happened
          start();
        });
    kindChanged();
    enableAuto();
    if (sources.isEmpty()) {
      say(
          "No Airflow, Kubeflow Pipelines or Argo Server source is saved: add the one that runs"
              + " this model's retraining in Connections (Ctrl+7).");
      preview.setDisable(true);
      source.setDisable(true);
      target.setDisable(true);
    } else {
      retraining.refusal().ifPresent(this::say);
    }
  }

  /** The form as a plan, or why it is not one. */
  private Optional<RetrainPlan> plan() {
    PipelineEntry chosen = source.getValue();
    boolean kfp = kind() == PipelineEntry.Kind.KUBEFLOW;
    try {
      return Optional.of(
          new RetrainPlan(
              reason.model(),
              chosen == null ? "" : chosen.id(),
              target.getText(),
              Optional.of(reasonParameter.getText()),
              auto.isSelected() ? Optional.of(AUTO_COOL_DOWN) : Optional.empty(),
              kfp ? kubeflow.versionId() : Optional.empty(),
              kfp ? kubeflow.experimentId() : Optional.empty()));
    } catch (IllegalArgumentException e) {
      say(e.getMessage());
      return Optional.empty();
    }
  }

  private void preview() {
    Optional<RetrainPlan> plan = plan();
    if (plan.isEmpty()) {
      return;
    }
    PipelineEntry chosen = source.getValue();
    busy("Preparing the request for " + chosen.name() + "…");
    Thread.ofVirtual()
        .name("retrain-preview")
        .start(
            () -> {
              try {
                PreparedTrigger prepared = retraining.preview(chosen, plan.get(), reason);
                Platform.runLater(
                    () -> {
                      idle();
                      request.setText(prepared.describe());
                      previewed = plan;
                      start.setDisable(retraining.refusal().isPresent());
                      say(
                          retraining
                              .refusal()
                              .orElse("Nothing was sent. Start run sends exactly this request."));
                    });
              } catch (RetrainException e) {
                Platform.runLater(
                    () -> {
                      idle();
                      say("No request: " + e.getMessage());
                    });
              }
            });
  }

  private void start() {
    if (previewed.isEmpty()) {
      return;
    }
    RetrainPlan plan = previewed.get();
    PipelineEntry chosen = source.getValue();
    busy("Starting " + plan.target() + " on " + chosen.name() + "…");
    Thread.ofVirtual()
        .name("retrain-start")
        .start(
            () -> {
              TriggerOutcome outcome = retraining.start(chosen, plan, reason, actor);
              Platform.runLater(() -> done(outcome));
            });
  }

  private void done(TriggerOutcome outcome) {
    idle();
    switch (outcome) {
      case TriggerOutcome.Started started -> {
        say(
            "Started run "
                + started.run().runId()
                + " on "
                + source.getValue().name()
                + ". Recorded in the audit log ("
                + retraining.auditFile()
                + ") as trigger "
                + started.auditId()
                + ".");
        follow.setVisible(true);
        remembered = previewed;
        enableAuto();
        start.setDisable(true); // one run per request: a second needs a second look
        previewed = Optional.empty();
      }
      case TriggerOutcome.Refused refused -> say(refused.reason());
      case TriggerOutcome.NotStarted notStarted -> {
        say(
            "Not started: "
                + notStarted.reason()
                + notStarted
                    .auditId()
                    .map(id -> " Recorded in the audit log as trigger " + id + ".")
                    .orElse(""));
        start.setDisable(false); // the same request may be tried again
      }
    }
  }

  /**
   * Automatic retraining is offered for a plan that started once from here, in a session that may
   * start runs.
   */
  private void enableAuto() {
    auto.setDisable(remembered.isEmpty() || retraining.refusal().isPresent());
  }

  private void autoChanged() {
    if (remembered.isEmpty()) {
      return;
    }
    RetrainPlan changed =
        remembered
            .get()
            .withAutoCoolDown(auto.isSelected() ? Optional.of(AUTO_COOL_DOWN) : Optional.empty());
    auto.setDisable(true);
    Optional<RetrainPlan> before = remembered;
    Thread.ofVirtual()
        .name("retrain-auto")
        .start(
            () -> {
              String said;
              Optional<RetrainPlan> kept = Optional.of(changed);
              try {
                retraining.save(changed);
                said =
                    changed.autoCoolDown().isPresent()
                        ? "Automatic retraining is on: when "
                            + changed.model()
                            + "'s drift alert fires, "
                            + changed.target()
                            + " starts by itself, at most once a day, recorded in the audit log."
                        : "Automatic retraining is off: runs start only from here.";
              } catch (IOException e) {
                said = "Not saved: " + e.getMessage();
                kept = before;
              }
              String message = said;
              Optional<RetrainPlan> now = kept;
              Platform.runLater(
                  () -> {
                    remembered = now;
                    auto.setSelected(now.flatMap(RetrainPlan::autoCoolDown).isPresent());
                    enableAuto();
                    say(message);
                  });
            });
  }

  /** A changed field invalidates the preview: Start sends only what was shown. */
  private void edited() {
    if (previewed.isPresent()) {
      previewed = Optional.empty();
      start.setDisable(true);
      request.clear();
      say("Changed: preview the request again before starting.");
    }
  }

  private PipelineEntry.Kind kind() {
    PipelineEntry chosen = source.getValue();
    return chosen == null ? PipelineEntry.Kind.AIRFLOW : chosen.kind();
  }

  private void kindChanged() {
    PipelineEntry.Kind kind = kind();
    target.setPromptText(
        switch (kind) {
          case AIRFLOW -> "DAG id, e.g. retrain_churn";
          case KUBEFLOW -> "pipeline id, or choose one below";
          case ARGO_SERVER, ARGO_CONTEXT -> "WorkflowTemplate, as namespace/name or name";
        });
    kubeflow.setVisible(kind == PipelineEntry.Kind.KUBEFLOW);
    if (kind == PipelineEntry.Kind.KUBEFLOW) {
      // the remembered plan's choices when it ran on this source
      Optional<RetrainPlan> same =
          remembered.filter(p -> p.source().equals(source.getValue().id()));
      kubeflow.load(
          source.getValue(),
          target.getText(),
          same.flatMap(RetrainPlan::pipelineVersion),
          same.flatMap(RetrainPlan::experiment));
    }
    boolean parameter = kind != PipelineEntry.Kind.AIRFLOW; // Airflow takes it in conf
    for (Node node : List.of(reasonParameter, reasonParameterLabel)) {
      node.setVisible(parameter);
      node.setManaged(parameter);
    }
  }

  private void busy(String message) {
    say(message);
    preview.setDisable(true);
    start.setDisable(true);
  }

  private void idle() {
    preview.setDisable(false);
  }

  private void say(String message) {
    status.setText(message);
  }
}
