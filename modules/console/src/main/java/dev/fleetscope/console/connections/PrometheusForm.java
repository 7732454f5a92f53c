package dev.fleetscope.console.connections;

import dev.fleetscope.console.connections.PrometheusDraft.AuthKind;
import dev.fleetscope.console.connections.PrometheusDraft.LabelVariant;
import dev.fleetscope.console.connections.PrometheusDraft.SecretInput;
import dev.fleetscope.console.connections.PrometheusDraft.SecretKind;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The form that adds or edits a Prometheus: every setting of the connection, secrets only as a file
 * or an environment variable's name, and the buttons to test, save or cancel. It reads and fills a
 * {@link PrometheusDraft}; it checks nothing itself.
 */
final class PrometheusForm extends VBox {
  final TextField name = field("name", "Prometheus prod (default: from the URL)");
  final TextField url = field("url", "http://prometheus.monitoring:9090");
  final ChoiceBox<AuthKind> auth = new ChoiceBox<>();
  final ChoiceBox<SecretKind> tokenKind = new ChoiceBox<>();
  final TextField token = field("token", "/var/run/secrets/prometheus/token");
  final TextField username = field("username", "fleetscope");
  final ChoiceBox<SecretKind> passwordKind = new ChoiceBox<>();
  final TextField password = field("password", "PROMETHEUS_PASSWORD");
  final TextField caFile = field("ca-file", "CA bundle (PEM), empty: the system's");
  final TextField certificateFile =
      field("certificate-file", "client certificate (PEM), for mutual TLS");
  final TextField keyFile = field("key-file", "its private key (PKCS#8 PEM)");
  final TextField clusterLabel =
      field("cluster-label", "empty: one cluster; e.g. cluster on Thanos or Mimir");
  final TextField clusterName = field("cluster-name", "default: the URL's host");
  final TextField tenant = field("tenant", "X-Scope-OrgID for Thanos, Mimir, Cortex");
  final TextArea headers = new TextArea();
  final ChoiceBox<LabelVariant> labels = new ChoiceBox<>();
  final CheckBox exportedGpu =
      new CheckBox(
          "DCGM labels renamed exported_pod, exported_container (scraped without honor_labels)");
  final TextField refresh = field("refresh", "15");
  final Label title = new Label();
  final Label error = new Label();
  final Button test = new Button("Test connection");
  final Button save = new Button("Save");
  final Button cancel = new Button("Cancel");
  private final GridPane grid = new GridPane();
  private final FilePicker files;
  private int row;

  PrometheusForm(FilePicker files) {
    super(8);
    this.files = files;
    getStyleClass().addAll("card", "prometheus-form");
    setId("prometheus-form");
    title.getStyleClass().add("section-title");
    auth.getItems().setAll(AuthKind.values());
    tokenKind.getItems().setAll(SecretKind.values());
    passwordKind.getItems().setAll(SecretKind.values());
    labels.getItems().setAll(LabelVariant.values());
    auth.setId("prometheus-auth");
    tokenKind.setId("prometheus-token-kind");
    passwordKind.setId("prometheus-password-kind");
    labels.setId("prometheus-labels");
    exportedGpu.setId("prometheus-exported-gpu");
    headers.setId("prometheus-headers");
    headers.setPromptText("one per line: Name: value");
    headers.setPrefRowCount(2);
    refresh.setPrefColumnCount(4);

    grid.setHgap(10);
    grid.setVgap(6);
    grid.getColumnConstraints().addAll(new ColumnConstraints(150), growing());
    add("Name", name);
    add("URL", url);
    Node bearer = labelled("token", secretRow(tokenKind, token, "Bearer token file"));
    username.setPrefColumnCount(10);
    Node basic =
        new HBox(
            8,
            labelled("user", username),
            labelled("password", secretRow(passwordKind, password, "Password file")));
    HBox.setHgrow(bearer, Priority.ALWAYS);
    HBox.setHgrow(basic, Priority.ALWAYS);
    HBox authRow = new HBox(8, auth, bearer, basic);
    authRow.getStyleClass().add("form-line");
    add("Auth", authRow);
    add("CA file", browse(caFile, "CA bundle"));
    add("Client certificate", browse(certificateFile, "Client certificate"));
    add("Client key", browse(keyFile, "Client key"));
    add("Cluster label", clusterLabel);
    add("Cluster name", clusterName);
    add("Tenant", tenant);
    add("Extra headers", headers);
    add("Label names", new VBox(4, labels, exportedGpu));
    Label seconds = new Label("seconds (at least 5)");
    seconds.getStyleClass().add("muted");
    HBox refreshRow = new HBox(8, refresh, seconds);
    refreshRow.getStyleClass().add("form-line");
    add("Refresh every", refreshRow);
    grid.setMaxWidth(980);
    exportedGpu.setMnemonicParsing(false);
    auth.valueProperty()
        .addListener(
            (obs, old, kind) -> {
              visible(bearer, kind == AuthKind.BEARER);
              visible(basic, kind == AuthKind.BASIC);
            });

    error.setId("prometheus-form-error");
    error.getStyleClass().add("form-error");
    error.setWrapText(true);
    error.managedProperty().bind(error.visibleProperty());
    test.setId("prometheus-test");
    save.setId("prometheus-save");
    save.setDefaultButton(true);
    cancel.setId("prometheus-cancel");
    HBox buttons = new HBox(8, test, save, cancel);
    getChildren().addAll(title, grid, error, buttons);
    fill(PrometheusDraft.EMPTY, "Add a Prometheus");
  }

  void fill(PrometheusDraft d, String heading) {
    title.setText(heading);
    name.setText(d.name());
    url.setText(d.url());
    auth.setValue(d.auth());
    tokenKind.setValue(d.token().kind());
    token.setText(d.token().text());
    username.setText(d.username());
    passwordKind.setValue(d.password().kind());
    password.setText(d.password().text());
    caFile.setText(d.caFile());
    certificateFile.setText(d.certificateFile());
    keyFile.setText(d.keyFile());
    clusterLabel.setText(d.clusterLabel());
    clusterName.setText(d.clusterName());
    tenant.setText(d.tenant());
    headers.setText(d.headers());
    labels.setValue(d.labels());
    exportedGpu.setSelected(d.exportedGpuLabels());
    refresh.setText(d.refreshSeconds());
    showError(Optional.empty());
  }

  PrometheusDraft draft() {
    return new PrometheusDraft(
        name.getText(),
        url.getText(),
        auth.getValue(),
        new SecretInput(tokenKind.getValue(), token.getText()),
        username.getText(),
        new SecretInput(passwordKind.getValue(), password.getText()),
        caFile.getText(),
        certificateFile.getText(),
        keyFile.getText(),
        clusterLabel.getText(),
        clusterName.getText(),
        tenant.getText(),
        headers.getText(),
        labels.getValue(),
        exportedGpu.isSelected(),
        refresh.getText());
  }

  void showError(Optional<String> message) {
    error.setText(message.orElse(""));
    error.setVisible(message.isPresent());
  }

  private void add(String label, Node field) {
    grid.addRow(row++, new Label(label), field);
  }

  /** A small label in front of a field that shares its line with others. */
  private static Node labelled(String label, Node field) {
    Label l = new Label(label);
    l.getStyleClass().add("muted");
    HBox.setHgrow(field, Priority.ALWAYS);
    HBox box = new HBox(6, l, field);
    box.getStyleClass().add("form-line");
    return box;
  }

  private Node secretRow(ChoiceBox<SecretKind> kind, TextField text, String title) {
    Button browse = new Button("Browse…");
    browse.disableProperty().bind(kind.valueProperty().isEqualTo(SecretKind.ENVIRONMENT));
    browse.setOnAction(
        e -> files.pick(title, getScene().getWindow()).ifPresent(p -> text.setText(p.toString())));
    kind.valueProperty()
        .addListener(
            (obs, old, k) ->
                text.setPromptText(
                    k == SecretKind.ENVIRONMENT
                        ? "the variable's name, e.g. PROMETHEUS_TOKEN"
                        : "the file that holds it"));
    HBox.setHgrow(text, Priority.ALWAYS);
    HBox box = new HBox(8, kind, text, browse);
    box.getStyleClass().add("form-line");
    return box;
  }

  private Node browse(TextField text, String title) {
    Button browse = new Button("Browse…");
    browse.setOnAction(
        e -> files.pick(title, getScene().getWindow()).ifPresent(p -> text.setText(p.toString())));
    HBox.setHgrow(text, Priority.ALWAYS);
    return new HBox(8, text, browse);
  }

  private static void visible(Node node, boolean shown) {
    node.setVisible(shown);
    node.setManaged(shown);
  }

  private static TextField field(String id, String prompt) {
    TextField field = new TextField();
    field.setId("prometheus-" + id);
    field.setPromptText(prompt);
    return field;
  }

  private static ColumnConstraints growing() {
    ColumnConstraints c = new ColumnConstraints();
    c.setHgrow(Priority.ALWAYS);
    return c;
  }
}
