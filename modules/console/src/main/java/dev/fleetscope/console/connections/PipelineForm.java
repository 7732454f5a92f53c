package dev.fleetscope.console.connections;

import dev.fleetscope.console.connections.PrometheusDraft.SecretInput;
import dev.fleetscope.console.connections.PrometheusDraft.SecretKind;
import dev.fleetscope.runtime.connections.PipelineEntry.Kind;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The form that adds a pipeline source: its kind, URL (or context), user, secret (a file or an
 * environment variable's name, never the value), namespaces, interval and where its pods run
 * (namespace, cluster, labels: what links its runs to the workloads' utilization and cost), showing
 * only the fields the kind uses; the buttons to test, save or cancel; and what a test found. It
 * reads and fills a {@link PipelineDraft}; it checks nothing itself.
 */
final class PipelineForm extends VBox {
  final ChoiceBox<Kind> kind = new ChoiceBox<>();
  final TextField name = field("name", "default: the kind and the URL");
  final TextField url = field("url", "http://airflow:8080");
  final TextField user = field("user", "fleetscope");
  final ChoiceBox<SecretKind> secretKind = new ChoiceBox<>();
  final TextField secret = field("secret", "AIRFLOW_PASSWORD");
  final TextField namespaces = field("namespaces", "argo (comma-separated)");
  final TextField interval = field("interval", "60");
  final TextField runsIn = field("runs-in", "e.g. ml-batch (optional)");
  final TextField cluster = field("cluster", "default: any");
  final TextField labels = field("labels", "team=ml, tier=batch");
  final Label error = new Label();
  final Label result = new Label();
  final Button test = new Button("Test connection");
  final Button save = new Button("Save");
  final Button cancel = new Button("Cancel");
  private final Label urlLabel = new Label("URL");
  private final Label secretLabel = new Label("Password");
  private final ProgressIndicator testing = new ProgressIndicator();
  private final Node userRow;
  private final Node secretRow;
  private final Node namespacesRow;

  PipelineForm(FilePicker files) {
    super(8);
    getStyleClass().addAll("card", "pipeline-form");
    setId("pipeline-form");
    Label title = new Label("Add a pipeline source");
    title.getStyleClass().add("section-title");
    kind.getItems().setAll(Kind.values());
    kind.setId("pipeline-kind");
    secretKind.getItems().setAll(SecretKind.values());
    secretKind.setId("pipeline-secret-kind");
    interval.setPrefColumnCount(4);
    Button browse = new Button("Browse…");
    browse.disableProperty().bind(secretKind.valueProperty().isEqualTo(SecretKind.ENVIRONMENT));
    browse.setOnAction(
        e ->
            files
                .pick("Secret file", getScene().getWindow())
                .ifPresent(p -> secret.setText(p.toString())));
    HBox.setHgrow(secret, Priority.ALWAYS);
    Label seconds = new Label("seconds (at least 5)");
    seconds.getStyleClass().add("muted");

    userRow = row(new Label("User"), user);
    secretRow = row(secretLabel, new HBox(8, secretKind, secret, browse));
    namespacesRow = row(new Label("Namespaces"), namespaces);
    VBox rows =
        new VBox(
            6,
            row(new Label("Kind"), kind),
            row(new Label("Name"), name),
            row(urlLabel, url),
            userRow,
            secretRow,
            namespacesRow,
            row(new Label("Poll every"), new HBox(8, interval, seconds)),
            placementRow());
    rows.setMaxWidth(980);
    kind.valueProperty().addListener((obs, old, k) -> showFieldsOf(k));

    error.setId("pipeline-form-error");
    error.getStyleClass().add("form-error");
    error.setWrapText(true);
    error.managedProperty().bind(error.visibleProperty());
    result.setId("pipeline-test-result");
    result.setWrapText(true);
    result.managedProperty().bind(result.visibleProperty());
    testing.setPrefSize(16, 16);
    testing.managedProperty().bind(testing.visibleProperty());
    test.setId("pipeline-test");
    save.setId("pipeline-save");
    cancel.setId("pipeline-cancel");
    getChildren()
        .addAll(title, rows, error, new HBox(8, test, save, cancel), new HBox(8, testing, result));
    fill(PipelineDraft.EMPTY);
    showTest(TestOutcome.NONE);
  }

  void fill(PipelineDraft d) {
    kind.setValue(d.kind());
    name.setText(d.name());
    url.setText(d.target());
    user.setText(d.user());
    secretKind.setValue(d.secret().kind());
    secret.setText(d.secret().text());
    namespaces.setText(d.namespaces());
    interval.setText(d.intervalSeconds());
    runsIn.setText(d.runsIn());
    cluster.setText(d.cluster());
    labels.setText(d.labels());
    showFieldsOf(d.kind());
    showError(Optional.empty());
  }

  PipelineDraft draft() {
    return new PipelineDraft(
        kind.getValue(),
        name.getText(),
        url.getText(),
        user.getText(),
        new SecretInput(secretKind.getValue(), secret.getText()),
        namespaces.getText(),
        interval.getText(),
        runsIn.getText(),
        cluster.getText(),
        labels.getText());
  }

  void showError(Optional<String> message) {
    error.setText(message.orElse(""));
    error.setVisible(message.isPresent());
  }

  /** A test's progress, its count of runs, or why it failed. */
  void showTest(TestOutcome outcome) {
    testing.setVisible(outcome instanceof TestOutcome.Running);
    result.setVisible(!(outcome instanceof TestOutcome.Idle));
    result.getStyleClass().removeAll("form-error", "test-ok", "muted");
    switch (outcome) {
      case TestOutcome.Idle idle -> result.setText("");
      case TestOutcome.Running running -> {
        result.setText("Polling " + running.url() + " once…");
        result.getStyleClass().add("muted");
      }
      case TestOutcome.Polled polled -> {
        result.setText(polled.summary());
        result.getStyleClass().add("test-ok");
      }
      case TestOutcome.Failed failed -> {
        result.setText("Connection failed: " + failed.message());
        result.getStyleClass().add("form-error");
      }
      case TestOutcome.Passed passed -> result.setText(passed.summary());
    }
  }

  /**
   * Only what the kind uses: a user for Airflow, no secret for a context (its kubeconfig has one),
   * no namespace for Airflow.
   */
  private void showFieldsOf(Kind k) {
    Kind shown = k == null ? Kind.AIRFLOW : k;
    urlLabel.setText(shown.usesUrl() ? "URL" : "Context");
    url.setPromptText(
        shown.usesUrl() ? "http://airflow:8080" : "a context of your kubeconfigs, e.g. lab");
    secretLabel.setText(shown == Kind.AIRFLOW ? "Password" : "Token (optional)");
    namespaces.setPromptText(
        shown == Kind.KUBEFLOW
            ? "the profile namespace of a multi-user Kubeflow (optional)"
            : "argo (comma-separated)");
    cluster.setPromptText(shown == Kind.ARGO_CONTEXT ? "default: the context's" : "default: any");
    runsIn.setPromptText(
        shown == Kind.ARGO_CONTEXT ? "default: the first above" : "e.g. ml-batch (optional)");
    visible(userRow, shown == Kind.AIRFLOW);
    visible(secretRow, shown != Kind.ARGO_CONTEXT);
    visible(namespacesRow, shown != Kind.AIRFLOW);
  }

  /**
   * One line, read as a sentence: runs in namespace N of cluster C with labels k=v; it keeps the
   * buttons in view.
   */
  private Node placementRow() {
    HBox.setHgrow(runsIn, Priority.ALWAYS);
    HBox.setHgrow(cluster, Priority.ALWAYS);
    HBox.setHgrow(labels, Priority.ALWAYS);
    return row(
        new Label("Pods run in namespace"),
        new HBox(8, runsIn, new Label("of cluster"), cluster, new Label("with labels"), labels));
  }

  private static Node row(Label label, Node field) {
    label.setMinWidth(150);
    label.setPrefWidth(150);
    HBox.setHgrow(field, Priority.ALWAYS);
    HBox box = new HBox(10, label, field);
    box.getStyleClass().add("form-line");
    return box;
  }

  private static void visible(Node node, boolean shown) {
    node.setVisible(shown);
    node.setManaged(shown);
  }

  private static TextField field(String id, String prompt) {
    TextField field = new TextField();
    field.setId("pipeline-" + id);
    field.setPromptText(prompt);
    return field;
  }
}
