package dev.fleetscope.console.connections;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * What "Test connection" found: progress while it runs, then the server, the metrics present and
 * missing, advice.
 */
final class TestResultPane extends VBox {
  TestResultPane() {
    super(6);
    setId("prometheus-test-result");
    getStyleClass().add("test-result");
    managedProperty().bind(visibleProperty());
  }

  void show(TestOutcome outcome) {
    setVisible(!(outcome instanceof TestOutcome.Idle));
    switch (outcome) {
      case TestOutcome.Idle idle -> getChildren().clear();
      case TestOutcome.Running running -> {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("prometheus-test-progress");
        bar.setPrefWidth(220);
        getChildren()
            .setAll(
                bar,
                muted(
                    "Testing "
                        + running.url()
                        + ": build info, series counts, the metrics Fleetscope needs…"));
      }
      case TestOutcome.Failed failed ->
          getChildren()
              .setAll(
                  styled("Connection failed: " + failed.message(), "form-error", "test-failed"));
      case TestOutcome.Passed passed -> showPassed(passed);
      case TestOutcome.Polled polled ->
          getChildren().setAll(styled(polled.summary(), "test-ok", "test-summary"));
    }
  }

  private void showPassed(TestOutcome.Passed passed) {
    Label summary = styled(passed.summary(), "test-summary", "test-summary");
    Label verdict =
        passed.usable()
            ? styled("Rightsizing can work with this server.", "test-ok", "test-verdict")
            : styled(
                "Rightsizing cannot work yet: a metric it needs is missing (below).",
                "form-error",
                "test-verdict");
    getChildren().setAll(summary, verdict);
    if (!passed.missing().isEmpty()) {
      getChildren().add(heading("Missing"));
      VBox missing = new VBox(2);
      missing.setId("test-missing");
      passed
          .missing()
          .forEach(
              m ->
                  missing
                      .getChildren()
                      .add(
                          styled(
                              "✗ "
                                  + m.metric()
                                  + " — "
                                  + m.purpose()
                                  + (m.required() ? " (needed)" : " (optional)"),
                              m.required() ? "metric-missing-required" : "metric-missing",
                              null)));
      getChildren().add(missing);
    }
    if (!passed.present().isEmpty()) {
      getChildren().add(heading("Present"));
      FlowPane present = new FlowPane(14, 2);
      present.setId("test-present");
      passed
          .present()
          .forEach(p -> present.getChildren().add(styled("✓ " + p, "metric-present", null)));
      getChildren().add(present);
    }
    if (!passed.advice().isEmpty()) {
      getChildren().add(heading("Advice"));
      passed.advice().forEach(a -> getChildren().add(styled("→ " + a, "test-advice", null)));
    }
    passed.warnings().forEach(w -> getChildren().add(styled("Warning: " + w, "muted", null)));
  }

  private static Label heading(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("subsection-title");
    return label;
  }

  private static Label muted(String text) {
    return styled(text, "muted", null);
  }

  private static Label styled(String text, String styleClass, String id) {
    Label label = new Label(text);
    label.getStyleClass().add(styleClass);
    label.setWrapText(true);
    if (id != null) {
      label.setId(id);
    }
    return label;
  }
}
