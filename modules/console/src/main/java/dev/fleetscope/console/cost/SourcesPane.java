package dev.fleetscope.console.cost;

import dev.fleetscope.cost.source.CostSource;
import dev.fleetscope.runtime.cost.CostActivity;
import dev.fleetscope.runtime.cost.CostState;
import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The cloud accounts and clusters cost comes from: FOCUS exports (a file or the folder an export
 * bucket is synced to), OpenCost endpoints, and the instance price catalogs. What is added here is
 * kept in cost-sources.json.
 */
final class SourcesPane extends VBox {
  private final CostViewModel model;
  private final ProgressBar progress = new ProgressBar();
  private final Label activity = new Label();
  private final VBox list = new VBox(4);
  private final TextField focusPath = new TextField();
  private final TextField openCostUrl = new TextField();
  private final TextField openCostCurrency = new TextField("USD");
  private final Label prices = new Label();

  SourcesPane(CostViewModel model) {
    super(10);
    this.model = model;
    getStyleClass().add("cost-sources");
    Label heading = new Label("Cost sources");
    heading.getStyleClass().add("cost-section-title");
    progress.setPrefWidth(120);
    progress.managedProperty().bind(progress.visibleProperty());
    activity.setId("cost-activity");
    activity.setWrapText(true);
    HBox status = new HBox(8, progress, activity);
    status.setAlignment(Pos.CENTER_LEFT);
    list.setId("cost-sources-list");
    prices.getStyleClass().add("muted");
    prices.setWrapText(true);
    getChildren().addAll(heading, status, list, focusForm(), openCostForm(), priceForm());
  }

  private Node focusForm() {
    focusPath.setId("cost-focus-path");
    focusPath.setPromptText("FOCUS export file or folder (.csv, .csv.gz, .parquet)");
    focusPath.setOnAction(e -> model.addFocusExport(focusPath.getText()));
    HBox.setHgrow(focusPath, Priority.ALWAYS);
    Button file = new Button("File…");
    file.setOnAction(e -> chooseFile());
    Button folder = new Button("Folder…");
    folder.setOnAction(e -> chooseFolder());
    Button add = new Button("Import");
    add.setId("cost-focus-import");
    add.setOnAction(e -> model.addFocusExport(focusPath.getText()));
    Button again = new Button("Import again");
    again.setId("cost-reimport");
    again.setOnAction(e -> model.reimport());
    return row("FOCUS export", focusPath, file, folder, add, again);
  }

  private Node openCostForm() {
    openCostUrl.setId("cost-opencost-url");
    openCostUrl.setPromptText("http://localhost:9003 (kubectl port-forward to OpenCost)");
    HBox.setHgrow(openCostUrl, Priority.ALWAYS);
    openCostCurrency.setId("cost-opencost-currency");
    openCostCurrency.setPrefColumnCount(4);
    Button add = new Button("Add OpenCost");
    add.setId("cost-opencost-add");
    add.setOnAction(e -> model.addOpenCost(openCostUrl.getText(), openCostCurrency.getText()));
    return row("OpenCost", openCostUrl, new Label("prices in"), openCostCurrency, add);
  }

  private Node priceForm() {
    Button refresh = new Button("Refresh prices");
    refresh.setId("cost-refresh-prices");
    refresh.setOnAction(e -> model.refreshPrices());
    HBox.setHgrow(prices, Priority.ALWAYS);
    return row("Price catalogs", prices, refresh);
  }

  private static HBox row(String label, Node... controls) {
    Label name = new Label(label);
    name.getStyleClass().add("cost-form-label");
    name.setMinWidth(Region.USE_PREF_SIZE);
    name.setPrefWidth(110);
    HBox row = new HBox(8, name);
    row.getChildren().addAll(controls);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("FOCUS export file");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("FOCUS exports", "*.csv", "*.csv.gz", "*.parquet"),
            new FileChooser.ExtensionFilter("All files", "*"));
    File chosen = chooser.showOpenDialog(getScene().getWindow());
    if (chosen != null) {
      focusPath.setText(chosen.getPath());
      model.addFocusExport(chosen.getPath());
    }
  }

  private void chooseFolder() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Folder the FOCUS export bucket is synced to");
    File chosen = chooser.showDialog(getScene().getWindow());
    if (chosen != null) {
      focusPath.setText(chosen.getPath());
      model.addFocusExport(chosen.getPath());
    }
  }

  void show(CostState state) {
    CostActivity a = state.activity();
    progress.setVisible(a.kind() == CostActivity.Kind.WORKING);
    progress.setProgress(a.progress() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : a.progress());
    activity.setText(a.message());
    activity.getStyleClass().removeAll("cost-failed", "cost-done");
    if (a.kind() == CostActivity.Kind.FAILED) {
      activity.getStyleClass().add("cost-failed");
    } else if (a.kind() == CostActivity.Kind.DONE) {
      activity.getStyleClass().add("cost-done");
    }
    prices.setText(state.prices());
    list.getChildren()
        .setAll(
            state.sources().isEmpty()
                ? List.of(
                    muted(
                        "None configured yet: cost comes from node prices and, on the demo fleet, a generated bill."))
                : state.sources().stream().map(this::sourceRow).toList());
  }

  private Node sourceRow(CostSource source) {
    String what =
        switch (source) {
          case CostSource.FocusExport f ->
              "FOCUS export · "
                  + f.paths().stream().map(Object::toString).collect(Collectors.joining(", "));
          case CostSource.OpenCost o ->
              "OpenCost · " + o.baseUrl() + " · prices in " + o.currency().getCurrencyCode();
          case CostSource.PriceCatalog p ->
              "Price catalog · " + p.displayName() + " · " + String.join(", ", p.regions());
        };
    Label label = new Label(what);
    label.setWrapText(true);
    HBox.setHgrow(label, Priority.ALWAYS);
    label.setMaxWidth(Double.MAX_VALUE);
    HBox row = new HBox(8, label);
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("cost-source-row");
    // Imported charges stay in the store, so an export is not removed here; an endpoint or catalog
    // can be.
    if (!(source instanceof CostSource.FocusExport)) {
      Button remove = new Button("Remove");
      remove.setOnAction(e -> model.removeSource(source.id()));
      row.getChildren().add(remove);
    }
    return row;
  }

  private static Label muted(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("muted");
    return label;
  }
}
