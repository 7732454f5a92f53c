package dev.fleetscope.console.recommendations;

import dev.fleetscope.console.ModelListeners;
import dev.fleetscope.console.Shortened;
import dev.fleetscope.engine.Strategy;
import dev.fleetscope.model.Units;
import dev.fleetscope.runtime.rightsizing.ApplyStage;
import dev.fleetscope.runtime.rightsizing.RecommendationTotals;
import dev.fleetscope.runtime.rightsizing.RecommendationsResult;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Every workload container's recommendation with its savings and replayed risk, the strategy and
 * risk budget to recompute them with, totals and the out-of-sample judgement on top; below, the
 * selected container's history against its requests now and recommended, the apply flow and the
 * audit log.
 */
public final class RecommendationsView extends VBox {
  private static final List<Double> BUDGETS = List.of(0.001, 0.005, 0.01, 0.02, 0.05, 0.1);

  private final RecommendationsViewModel model;
  private final ModelListeners listeners = new ModelListeners();
  private final ApplyFlowViewModel applyModel;
  private final RecommendationTable table;
  private final ProposalChartPane chart = new ProposalChartPane();
  private final ProgressBar progress = new ProgressBar(0);
  private final Label status = new Label();
  private final Button cancel = new Button("Cancel");
  private final Label meaning = new Label();
  private final Label savings = stat("recommendations-savings");
  private final Label count = stat("recommendations-count");
  private final Label risk = stat("recommendations-risk");
  private final Label judgement = stat("recommendations-judgement");
  private final Label judgementCaption = new Label("Judged on days it never saw");

  {
    judgementCaption.setId("recommendations-judgement-caption");
  }

  private final Tab applyTab = new Tab();
  private final TabPane tabs = new TabPane();

  public RecommendationsView(
      RecommendationsViewModel model, ApplyFlowViewModel applyModel, String auditFile) {
    this.model = model;
    this.applyModel = applyModel;
    getStyleClass().addAll("view", "recommendations");
    table = new RecommendationTable(applyModel.selection());
    getChildren().addAll(toolbar(), statusLine(), totals(), body(auditFile));
    VBox.setVgrow(getChildren().getLast(), Priority.ALWAYS);

    listeners.onChange(model.result(), (obs, old, r) -> show(r));
    listeners.onChange(model.computation(), (obs, old, c) -> show(c));
    listeners.onChange(
        model.chart(), (obs, old, c) -> chart.show(c, table.getSelectionModel().getSelectedItem()));
    listeners.onChange(
        model.latency(),
        (obs, old, l) -> chart.showLatency(l, table.getSelectionModel().getSelectedItem()));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, row) -> {
              model.selected().set(row);
              chart.showLatency(model.latency().get(), row); // hides another row's at once
            });
    Runnable retitle = new OncePerPulse(() -> applyTab.setText(applyTitle()));
    listeners.onChange(applyModel.selection(), c -> retitle.run());
    listeners.onChange(
        applyModel.stage(),
        (obs, old, stage) -> {
          if (stage instanceof ApplyStage.Running && !(old instanceof ApplyStage.Running)) {
            tabs.getSelectionModel()
                .select(applyTab); // a rollback started from the audit log shows its progress here
          }
        });
    show(model.result().get());
    show(model.computation().get());
    if (model.selected().get() != null) {
      table.select(model.selected().get().id()); // a view built again after it was let go
    }
    model.activate(); // built when first shown: the work starts now, not at the console's start
    applyModel.activate();
  }

  private HBox toolbar() {
    Label title = new Label("Recommendations");
    title.getStyleClass().add("view-title");
    ComboBox<String> strategy = new ComboBox<>();
    strategy.setId("recommendations-strategy");
    strategy.getItems().setAll(Strategy.NAMES);
    strategy.setValue(model.choice().get().name());
    strategy
        .valueProperty()
        .addListener((obs, old, name) -> model.choice().set(model.choice().get().withName(name)));
    ComboBox<Double> budget = new ComboBox<>();
    budget.setId("recommendations-budget");
    budget.getItems().setAll(BUDGETS);
    budget.setValue(model.choice().get().budget().cpuShare());
    budget.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Double share) {
            return share == null ? "" : Units.percent(share) + " of minutes";
          }

          @Override
          public Double fromString(String text) {
            throw new UnsupportedOperationException("not editable");
          }
        });
    budget
        .valueProperty()
        .addListener(
            (obs, old, share) -> model.choice().set(model.choice().get().withCpuShare(share)));
    Tooltip explanation = new Tooltip(model.choice().get().explanation());
    explanation.setWrapText(true);
    explanation.setMaxWidth(420);
    strategy.setTooltip(explanation);
    listeners.onChange(
        model.choice(),
        (obs, old, c) -> {
          budget.setDisable(!c.budgetApplies());
          meaning.setText(c.meaning());
          explanation.setText(c.explanation());
        });
    meaning.setText(model.choice().get().meaning());
    meaning.getStyleClass().add("muted");
    meaning.setId("recommendations-meaning");
    Shortened.wholeInTooltip(meaning);
    HBox.setHgrow(meaning, Priority.ALWAYS);
    HBox bar =
        new HBox(
            10,
            title,
            new Label("Strategy"),
            strategy,
            new Label("CPU risk budget"),
            budget,
            meaning);
    bar.getStyleClass().add("toolbar");
    bar.getChildren().stream()
        .filter(n -> n != meaning)
        .forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
    return bar;
  }

  private HBox statusLine() {
    TextField filter = new TextField();
    filter.setId("recommendations-filter");
    filter.setPromptText(
        "Filter by cluster, namespace, workload, container, team, model or badge ('gpu': GPU rows,"
            + " 'vpa', 'keda', 'jvm')  Ctrl+F");
    filter.textProperty().bindBidirectional(model.filter());
    filter.setMinWidth(280);
    HBox.setHgrow(filter, Priority.ALWAYS);
    Button recompute = new Button("Recompute");
    recompute.setId("recommendations-recompute");
    recompute.setMinWidth(Region.USE_PREF_SIZE);
    recompute.setOnAction(e -> model.recompute());
    progress.setId("recommendations-progress");
    progress.setPrefWidth(160);
    progress.setMinWidth(160);
    progress.managedProperty().bind(progress.visibleProperty());
    status.setId("recommendations-status");
    status.setMinWidth(Region.USE_PREF_SIZE);
    cancel.setId("recommendations-cancel");
    cancel.setMinWidth(Region.USE_PREF_SIZE);
    cancel.managedProperty().bind(cancel.visibleProperty());
    cancel.setOnAction(e -> model.cancel());
    HBox line = new HBox(10, filter, recompute, progress, status, cancel);
    line.getStyleClass().add("toolbar");
    return line;
  }

  private HBox totals() {
    HBox box =
        new HBox(
            22,
            box("Saves per month (replayed)", savings),
            box("Containers", count),
            box("Replay risk over the whole history", risk),
            box(judgementCaption, judgement));
    box.getStyleClass().add("totals");
    box.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
    Region last = (Region) box.getChildren().getLast();
    last.setMinWidth(0); // the judgement wraps rather than push the view out of the window
    judgement.setWrapText(true);
    judgement.setMinWidth(0);
    judgement.setMinHeight(Region.USE_PREF_SIZE);
    judgementCaption.setWrapText(true);
    judgementCaption.setMinWidth(0);
    HBox.setHgrow(last, Priority.ALWAYS);
    return box;
  }

  private SplitPane body(String auditFile) {
    Tab history = new Tab("History", chart);
    applyTab.setText(applyTitle());
    applyTab.setContent(new ApplyPane(applyModel, () -> model.result().get()));
    Tab audit = new Tab("Audit log", new AuditPane(applyModel, auditFile));
    history.setId("tab-history");
    applyTab.setId("tab-apply");
    audit.setId("tab-audit");
    tabs.setId("recommendations-tabs");
    tabs.getTabs().setAll(history, applyTab, audit);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    SplitPane split = new SplitPane(table, tabs);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.5);
    VBox.setVgrow(split, Priority.ALWAYS);
    return split;
  }

  private String applyTitle() {
    int n = applyModel.selection().size();
    return n == 0 ? "Apply" : "Apply (" + n + " chosen)";
  }

  private void show(RecommendationsResult r) {
    table.show(r.shown(), r.choice().budget().cpuShare());
    RecommendationTotals t = r.totals();
    savings.setText(money(t.savingsPerMonth()));
    count.setText(
        t.containers()
            + (r.shown().size() == r.all().size() ? "" : " shown of " + r.all().size())
            + (r.withoutHistory() > 0 ? " · " + r.withoutHistory() + " without history" : ""));
    risk.setText(
        Units.percent(t.starvedShare())
            + " of minutes starved · "
            + count(t.wouldBeOoms(), "OOM kill")
            + " · "
            + t.atRisk()
            + " over budget");
    judgementCaption.setText(
        r.judgement()
            .map(
                j ->
                    "Recommended from "
                        + j.seenDays()
                        + " days, replayed on the last "
                        + j.unseenDays()
                        + " it never saw")
            .orElse("Judged on days it never saw"));
    judgement.setText(
        r.judgement()
            .map(
                j ->
                    money(j.savingsPerMonth())
                        + " · "
                        + Units.percent(j.starvedShare())
                        + " starved · "
                        + count(j.wouldBeOoms(), "OOM kill")
                        + (j.containersOomKilled() > 0
                            ? " in " + count(j.containersOomKilled(), "container")
                            : ""))
            .orElse(r.all().isEmpty() ? "—" : "after the recommendation"));
  }

  private void show(Computation c) {
    status.setText(c.message());
    progress.setProgress(c.progress());
    progress.setVisible(c.running() || c.phase() == Computation.Phase.WAITING_FOR_HISTORY);
    cancel.setVisible(c.running());
    status.getStyleClass().remove("under");
    if (c.phase() == Computation.Phase.FAILED) {
      status.getStyleClass().add("under");
    }
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private static String money(Map<Currency, Double> amounts) {
    return amounts.isEmpty()
        ? "—"
        : amounts.entrySet().stream()
            .map(e -> Units.money(e.getValue(), e.getKey(), "month"))
            .collect(Collectors.joining(" + "));
  }

  private static Label stat(String id) {
    Label value = new Label("—");
    value.setId(id);
    value.getStyleClass().add("stat-value");
    return value;
  }

  private static VBox box(String caption, Label value) {
    return box(new Label(caption), value);
  }

  private static VBox box(Label caption, Label value) {
    caption.getStyleClass().add("stat-caption");
    return new VBox(2, caption, value);
  }
}
