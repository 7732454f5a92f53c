package dev.fleetscope.console.pipelines;

import dev.fleetscope.console.ModelListeners;
import dev.fleetscope.console.ScrollPanes;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.pipeline.RunState;
import dev.fleetscope.runtime.pipelines.PipelineFilter;
import dev.fleetscope.runtime.pipelines.PipelineId;
import dev.fleetscope.runtime.pipelines.PipelinesState;
import dev.fleetscope.runtime.pipelines.TimelineLane;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Pipeline runs of every source: a timeline coloured by state (the legend doubles as the state
 * filter), the selected run's details, the failures with their messages, and per pipeline its
 * success rate and duration trend.
 */
public final class PipelinesView extends VBox {
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  /**
   * The states every run passes through or ends in are listed even at zero; the rare ones only when
   * present.
   */
  private static final Set<RunState> ALWAYS_IN_LEGEND =
      EnumSet.of(RunState.QUEUED, RunState.RUNNING, RunState.SUCCEEDED, RunState.FAILED);

  private final PipelinesViewModel model;
  private final ModelListeners listeners = new ModelListeners();
  private final FilterBar filters;
  private final Label summary = new Label();
  private final Label staleBanner = new Label();
  private final HBox legend = new HBox(6);
  private final GanttChart gantt;
  private final RunDetailsPane details;
  private final FailureList failures;
  private final PipelineTable table;
  private final DurationTrendChart trend = new DurationTrendChart();
  private PipelinesState state = PipelinesState.EMPTY;

  public PipelinesView(PipelinesViewModel model) {
    this.model = model;
    getStyleClass().addAll("view", "pipelines");
    Label title = new Label("Pipelines");
    title.getStyleClass().add("view-title");
    filters = new FilterBar(model);
    summary.setId("pipelines-summary");
    summary.getStyleClass().add("muted");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox toolbar = new HBox(10, title, windowButtons(), filters, gap, summary);
    toolbar.setAlignment(Pos.CENTER_LEFT);

    staleBanner.getStyleClass().add("stale-banner");
    staleBanner.setWrapText(true);
    staleBanner.managedProperty().bind(staleBanner.visibleProperty());
    staleBanner.setVisible(false);
    legend.setId("pipeline-legend");
    legend.setAlignment(Pos.CENTER_LEFT);

    gantt = new GanttChart(bar -> model.select(bar.run().key(), PipelineId.of(bar.run())));
    ScrollPane ganttScroll = ScrollPanes.withoutViewportCache(new ScrollPane(gantt));
    ganttScroll.setFitToWidth(true);
    ganttScroll.getStyleClass().add("gantt-scroll");
    // As tall as its lanes, up to half the view; the pipelines table and trend take the rest.
    ganttScroll
        .prefHeightProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> Math.min(gantt.prefHeight(-1) + 4, Math.max(getHeight() * 0.45, 120)),
                gantt.heightProperty(),
                heightProperty()));
    ganttScroll.minHeightProperty().bind(ganttScroll.prefHeightProperty());
    table = new PipelineTable(model);
    table.setMinHeight(Region.USE_PREF_SIZE);
    VBox left = new VBox(6, ganttScroll, section("Pipelines", table), trend);
    VBox.setVgrow(trend, Priority.ALWAYS);

    details = new RunDetailsPane(model);
    ScrollPane detailsScroll = ScrollPanes.withoutViewportCache(new ScrollPane(details));
    detailsScroll.setFitToWidth(true);
    detailsScroll.getStyleClass().add("panel-scroll");
    failures = new FailureList(model, id -> TimelineLane.sourceNameIn(state.sources(), id));
    VBox failureBox = section("Failures", failures);
    VBox.setVgrow(failures, Priority.ALWAYS);
    SplitPane right = new SplitPane(detailsScroll, failureBox);
    right.setOrientation(Orientation.VERTICAL);
    right.setDividerPositions(0.55);
    right.setMinWidth(330);
    right.setPrefWidth(400);

    SplitPane split = new SplitPane(left, right);
    split.setDividerPositions(0.71);
    SplitPane.setResizableWithParent(right, false);
    VBox.setVgrow(split, Priority.ALWAYS);
    getChildren().addAll(toolbar, staleBanner, legend, split);

    listeners.onChange(model.state(), (obs, old, s) -> show(s));
    listeners.onChange(model.details(), (obs, old, d) -> details.show(d));
    listeners.onChange(model.trend(), (obs, old, t) -> trend.show(t));
    listeners.onChange(model.selectedRun(), (obs, old, key) -> gantt.show(state, key));
    listeners.onChange(model.selectedPipeline(), (obs, old, id) -> table.select(id));
    show(model.state().get()); // built on first use: the model may be ahead of the view
    details.show(model.details().get());
    trend.show(model.trend().get());
  }

  private static VBox section(String title, Node content) {
    Label label = new Label(title);
    label.getStyleClass().add("section-title");
    VBox box = new VBox(6, label, content);
    box.getStyleClass().add("pipelines-section");
    return box;
  }

  private HBox windowButtons() {
    ToggleGroup group = new ToggleGroup();
    HBox box = new HBox(2);
    for (Duration window : List.of(PipelineFilter.DAY, PipelineFilter.WEEK)) {
      ToggleButton button = new ToggleButton(model.filter().get().withWindow(window).windowText());
      button.setId("pipelines-window-" + window.toHours() + "h");
      button.setToggleGroup(group);
      button.setSelected(window.equals(model.filter().get().window()));
      button.setOnAction(
          e -> {
            model.filter().set(model.filter().get().withWindow(window));
            button.setSelected(true);
          });
      box.getChildren().add(button);
    }
    return box;
  }

  private void show(PipelinesState s) {
    state = s;
    summary.setText(s.summary());
    filters.show(s);
    showLegend(s);
    gantt.show(s, model.selectedRun().get());
    failures.show(s.failures(), model.selectedRun().get());
    table.show(s.pipelines(), s.filter(), model.selectedPipeline().get());
    showStale(s.troubled());
  }

  /** One toggle per state with its count; toggling states filters the timeline to them. */
  private void showLegend(PipelinesState s) {
    legend.getChildren().clear();
    for (RunState runState : RunState.values()) {
      long count = s.counts().getOrDefault(runState, 0L);
      if (count == 0
          && !ALWAYS_IN_LEGEND.contains(runState)
          && !s.filter().states().contains(runState)) {
        continue;
      }
      Region swatch = new Region();
      swatch.getStyleClass().addAll("run-swatch", runState.id());
      ToggleButton toggle = new ToggleButton(runState.id() + "  " + count, swatch);
      toggle.setId("state-" + runState.id());
      toggle.getStyleClass().add("legend-toggle");
      toggle.setMinWidth(Region.USE_PREF_SIZE);
      toggle.setSelected(s.filter().states().contains(runState));
      toggle.setOnAction(
          e -> {
            Set<RunState> states =
                s.filter().states().isEmpty()
                    ? EnumSet.noneOf(RunState.class)
                    : EnumSet.copyOf(s.filter().states());
            if (toggle.isSelected()) {
              states.add(runState);
            } else {
              states.remove(runState);
            }
            model.filter().set(model.filter().get().withStates(states));
          });
      legend.getChildren().add(toggle);
    }
    Label hint =
        new Label(
            s.filter().states().isEmpty()
                ? "pick states to show only those"
                : "showing the picked states only");
    hint.getStyleClass().add("muted");
    hint.setMinWidth(Region.USE_PREF_SIZE);
    Button clear = new Button("Clear filters");
    clear.setId("pipelines-clear-filters");
    clear.setMinWidth(Region.USE_PREF_SIZE);
    clear.setDisable(s.filter().equals(s.filter().cleared()));
    clear.setOnAction(e -> model.filter().set(model.filter().get().cleared()));
    legend.getChildren().addAll(hint, clear);
  }

  private void showStale(List<SourceStatus> troubled) {
    staleBanner.setText(
        troubled.stream()
            .map(
                s ->
                    s.displayName()
                        + " is "
                        + s.state().name().toLowerCase(Locale.ROOT)
                        + s.lastSuccess()
                            .map(at -> " (its runs as of " + CLOCK.format(at) + " are shown)")
                            .orElse("")
                        + s.message().map(m -> ": " + m).orElse(""))
            .collect(Collectors.joining("\n")));
    staleBanner.setVisible(!troubled.isEmpty());
  }
}
