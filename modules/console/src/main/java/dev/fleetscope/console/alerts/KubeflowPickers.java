package dev.fleetscope.console.alerts;

import dev.fleetscope.pipelines.http.SourceException;
import dev.fleetscope.pipelines.kubeflow.KubeflowCatalog;
import dev.fleetscope.pipelines.kubeflow.KubeflowCatalog.Choice;
import dev.fleetscope.pipelines.kubeflow.KubeflowCatalog.Listing;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.retrain.RetrainException;
import dev.fleetscope.runtime.retrain.Retraining;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * What a Kubeflow Pipelines source offers a retraining run, read from the source itself: a pipeline
 * by name (its id goes in the Run field), one of its versions or the latest, an experiment or the
 * default. Lists load on virtual threads; an answer to an older question (another source, another
 * pipeline) is dropped.
 */
final class KubeflowPickers {
  static final Choice LATEST = new Choice("", "latest version");
  static final Choice DEFAULT = new Choice("", "default experiment");
  private static final Choice NONE = new Choice("", "");

  private final Retraining retraining;
  private final ChoiceBox<Choice> pipeline = choices("retrain-kfp-pipeline");
  private final ChoiceBox<Choice> version = choices("retrain-kfp-version");
  private final ChoiceBox<Choice> experiment = choices("retrain-kfp-experiment");
  private final Label hint = new Label();
  private final List<Node> nodes = new ArrayList<>();
  private PipelineEntry source;
  private String versionsOf = "";
  private int asked; // FX thread only: which question an answer belongs to
  private boolean filling; // a pick made by listing, not by the user

  /**
   * @param pipelineChosen receives the id of a pipeline picked from the list
   * @param edited told when a version or experiment is picked
   */
  KubeflowPickers(Retraining retraining, Consumer<String> pipelineChosen, Runnable edited) {
    this.retraining = retraining;
    hint.setId("retrain-kfp-hint");
    hint.getStyleClass().add("muted");
    hint.setWrapText(true);
    pipeline
        .valueProperty()
        .addListener(
            (obs, old, chosen) -> {
              if (!filling && chosen != null && !chosen.id().isEmpty()) {
                pipelineChosen.accept(chosen.id());
                versionsFor(chosen.id(), Optional.empty());
              }
            });
    version.valueProperty().addListener((obs, old, v) -> edited.run());
    experiment.valueProperty().addListener((obs, old, e) -> edited.run());
    version.getItems().setAll(LATEST);
    version.setValue(LATEST);
    experiment.getItems().setAll(DEFAULT);
    experiment.setValue(DEFAULT);
  }

  /** Adds its rows to the form from {@code row} on; returns the next free row. */
  int addTo(GridPane form, int row) {
    Label pipelineLabel = new Label("Pipeline on the server");
    Label versionLabel = new Label("Version");
    Label experimentLabel = new Label("Experiment");
    form.addRow(row, pipelineLabel, pipeline);
    form.addRow(row + 1, versionLabel, version);
    form.addRow(row + 2, experimentLabel, experiment);
    form.add(hint, 1, row + 3);
    nodes.addAll(
        List.of(pipelineLabel, pipeline, versionLabel, version, experimentLabel, experiment, hint));
    return row + 4;
  }

  void setVisible(boolean visible) {
    for (Node node : nodes) {
      node.setVisible(visible);
      node.setManaged(visible);
    }
  }

  /**
   * Lists {@code chosen}'s pipelines and experiments, then the versions of {@code pipelineId};
   * {@code versionId} and {@code experimentId} are picked once listed (kept when not: an older one
   * is still run by id).
   */
  void load(
      PipelineEntry chosen,
      String pipelineId,
      Optional<String> versionId,
      Optional<String> experimentId) {
    source = chosen;
    versionsOf = "";
    hint.setText("Listing " + chosen.name() + "'s pipelines and experiments…");
    ask(
        chosen.name() + "'s pipelines",
        catalog -> List.of(catalog.pipelines(), catalog.experiments()),
        listings -> {
          filling = true;
          fill(pipeline, NONE, listings.get(0), Optional.of(pipelineId));
          filling = false;
          fill(experiment, DEFAULT, listings.get(1), experimentId);
          hint.setText(
              count(listings.get(0), "pipelines")
                  + ", "
                  + count(listings.get(1), "experiments")
                  + ".");
          if (!pipelineId.isBlank()) {
            versionsFor(pipelineId.strip(), versionId);
          }
        });
  }

  /** The Run field's pipeline id changed: lists that pipeline's versions. */
  void pipelineTyped(String pipelineId) {
    if (source != null && !pipelineId.isBlank() && !pipelineId.strip().equals(versionsOf)) {
      versionsFor(pipelineId.strip(), Optional.empty());
    }
  }

  Optional<String> versionId() {
    return idOf(version);
  }

  Optional<String> experimentId() {
    return idOf(experiment);
  }

  private void versionsFor(String pipelineId, Optional<String> versionId) {
    versionsOf = pipelineId;
    ask(
        "the versions of " + pipelineId,
        catalog -> catalog.versions(pipelineId),
        versions -> {
          fill(version, LATEST, versions, versionId);
          hint.setText(count(versions, "versions of " + pipelineId) + ".");
        });
  }

  /**
   * One question to the source's catalog, on a virtual thread; its answer shown if still current.
   */
  private <T> void ask(String what, Question<T> question, Consumer<T> show) {
    int asking = ++asked;
    PipelineEntry chosen = source;
    Thread.ofVirtual()
        .name("retrain-kfp-list")
        .start(
            () -> {
              try (KubeflowCatalog catalog = retraining.kubeflowCatalog(chosen)) {
                T answer = question.of(catalog);
                Platform.runLater(
                    () -> {
                      if (asking == asked) {
                        show.accept(answer);
                      }
                    });
              } catch (SourceException | RetrainException e) {
                failed(asking, what, e);
              }
            });
  }

  @FunctionalInterface
  private interface Question<T> {
    T of(KubeflowCatalog catalog) throws SourceException;
  }

  private void failed(int question, String what, Exception e) {
    Platform.runLater(
        () -> {
          if (question == asked) {
            hint.setText("Could not list " + what + ": " + e.getMessage() + ". Type the ids.");
          }
        });
  }

  /** {@code first} then the listing; {@code wanted} picked, added by id when not listed. */
  private static void fill(
      ChoiceBox<Choice> box, Choice first, Listing listing, Optional<String> wanted) {
    List<Choice> items = new ArrayList<>();
    items.add(first);
    items.addAll(listing.choices());
    Optional<String> id = wanted.map(String::strip).filter(w -> !w.isEmpty());
    Choice picked =
        id.map(
                w ->
                    items.stream()
                        .filter(c -> c.id().equals(w))
                        .findFirst()
                        .orElseGet(
                            () -> {
                              Choice unlisted = new Choice(w, "");
                              items.add(unlisted);
                              return unlisted;
                            }))
            .orElse(first);
    box.getItems().setAll(items);
    box.setValue(picked);
  }

  private static String count(Listing listing, String name) {
    return listing.more()
        ? "the newest " + listing.choices().size() + " " + name + " (type an older one's id)"
        : listing.choices().size() + " " + name;
  }

  private static Optional<String> idOf(ChoiceBox<Choice> box) {
    return Optional.ofNullable(box.getValue()).map(Choice::id).filter(id -> !id.isEmpty());
  }

  private static ChoiceBox<Choice> choices(String id) {
    ChoiceBox<Choice> box = new ChoiceBox<>();
    box.setId(id);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Choice c) {
            return c == null ? "" : c.id().isEmpty() ? c.name() : c.label();
          }

          @Override
          public Choice fromString(String text) {
            throw new UnsupportedOperationException();
          }
        });
    return box;
  }
}
