package dev.fleetscope.console.recommendations;

import dev.fleetscope.console.ModelListeners;
import dev.fleetscope.console.RowSelection;
import dev.fleetscope.console.SizingBadges;
import dev.fleetscope.engine.Sizing;
import dev.fleetscope.engine.hpa.HpaReplay;
import dev.fleetscope.model.Units;
import dev.fleetscope.runtime.rightsizing.RecommendationRow;
import dev.fleetscope.runtime.rightsizing.StrategyChoice;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The recommendations as a table: a box to choose each row for applying, current → recommended
 * requests and limits, savings, the replay's risk, confidence and reason. Sorted by savings,
 * largest first, until the user sorts otherwise.
 */
final class RecommendationTable extends TableView<RecommendationRow> {
  private final ModelListeners listeners = new ModelListeners();
  private final ObservableList<RecommendationRow> rows = FXCollections.observableArrayList();
  private final TableColumn<RecommendationRow, Number> savings;
  private double budget = StrategyChoice.DEFAULT.budget().cpuShare();

  RecommendationTable(ObservableSet<String> chosen) {
    setId("recommendations-table");
    setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    setPlaceholder(new Label("No recommendations to show"));
    savings =
        number(
            "Saves/month",
            RecommendationRow::savingsPerMonth,
            r ->
                String.format(
                    Locale.ROOT, "%,.0f %s", r.savingsPerMonth(), r.currency().getCurrencyCode()),
            100);
    getColumns()
        .addAll(
            List.of(
                chooser(chosen),
                text("Workload · container", r -> r.workload() + " · " + r.ref().container(), 175),
                sizedBy(),
                text(
                    "Cluster / namespace",
                    r -> r.ref().workload().cluster() + " / " + r.ref().workload().namespace(),
                    120),
                number(
                    "Pods", RecommendationRow::replicas, r -> Integer.toString(r.replicas()), 44),
                group(
                    "CPU cores",
                    text(
                        "request",
                        r -> change(r.current().cpuRequest(), r.proposed().cpuRequest(), true),
                        96),
                    text(
                        "limit",
                        r -> change(r.current().cpuLimit(), r.proposed().cpuLimit(), true),
                        96)),
                group(
                    "Memory",
                    text(
                        "request",
                        r ->
                            change(
                                r.current().memoryRequest(), r.proposed().memoryRequest(), false),
                        128),
                    text(
                        "limit", r -> change(limit(r.current()), limit(r.proposed()), false), 128)),
                savings,
                number(
                    "Starved",
                    RecommendationRow::starvedShare,
                    r -> Units.percent(r.starvedShare()),
                    58),
                number(
                    "OOMs",
                    RecommendationRow::wouldBeOoms,
                    r -> Long.toString(r.wouldBeOoms()),
                    50),
                number(
                    "HPA",
                    r -> r.hpa().map(HpaReplay::meanProposed).orElse(Double.NaN),
                    RecommendationTable::hpaReplicas,
                    66),
                number(
                    "Conf.", RecommendationRow::confidence, r -> Units.percent(r.confidence()), 48),
                text(
                    "Reason",
                    r -> (r.gpuAdvice().isEmpty() ? "" : r.gpuAdvice() + ". ") + r.reason(),
                    400)));
    getColumns().getLast().setMinWidth(60);
    setMinWidth(
        200); // narrower windows scroll the columns rather than push the view out of the window
    tooltip("Starved", "Share of the replayed CPU minutes above the recommended request");
    tooltip("OOMs", "Would-be OOM kills: replayed memory samples above the recommended limit");
    tooltip("Conf.", "Confidence from the length of the history: 67% at a week, 80% at two");
    tooltip(
        "HPA",
        "Mean replicas the HPA would have run on the recorded load: with the request now → with"
            + " the recommended one");
    SortedList<RecommendationRow> sorted = new SortedList<>(rows);
    sorted.comparatorProperty().bind(comparatorProperty());
    setItems(sorted);
    savings.setSortType(TableColumn.SortType.DESCENDING);
    getSortOrder().add(savings);
    setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(RecommendationRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("stale-row");
                if (!empty && row != null && !row.live()) {
                  getStyleClass().add("stale-row");
                }
              }
            });
    Runnable refreshOnce = new OncePerPulse(this::refresh);
    listeners.onChange(chosen, c -> refreshOnce.run());
  }

  /** Shows new rows, keeping the user's sort order and the selected row where it still exists. */
  void show(List<RecommendationRow> shown, double cpuBudget) {
    budget = cpuBudget;
    RecommendationRow focused = getSelectionModel().getSelectedItem();
    rows.setAll(shown);
    if (focused != null) {
      select(focused.id());
    }
  }

  /** Selects the row of container {@code id} if it is shown. */
  void select(String id) {
    RowSelection.selectFirst(this, r -> r.id().equals(id));
  }

  private static double limit(Sizing sizing) {
    return sizing.limits().memoryBounded() ? sizing.memoryLimit() : Double.POSITIVE_INFINITY;
  }

  /**
   * {@code 1.00 → 0.25} (cores, the unit in the header), {@code 2.00 GiB → 1.15 GiB}; {@code (=)}
   * when nothing changes.
   */
  static String change(double now, double proposed, boolean cores) {
    Function<Double, String> unit =
        cores ? RecommendationTable::cores : v -> Double.isInfinite(v) ? "none" : Units.bytes(v);
    String before = unit.apply(now);
    String after = unit.apply(proposed);
    return before.equals(after) ? before + " (=)" : before + " → " + after;
  }

  /** {@code 3.0 → 3.4}: the HPA's mean replicas in the replay, now and recommended. */
  private static String hpaReplicas(RecommendationRow row) {
    return row.hpa()
        .map(h -> String.format(Locale.ROOT, "%.1f → %.1f", h.meanNow(), h.meanProposed()))
        .orElse("");
  }

  /** Badges a row shows before "+N": three fit the column; the row's pane lists them all. */
  static final int BADGES_SHOWN = 3;

  /**
   * What decides how the row may be sized, as badges (VPA, HPA/KEDA, pod level, GPUs, JVM, job,
   * sidecar); sorts by their words.
   */
  private static TableColumn<RecommendationRow, String> sizedBy() {
    TableColumn<RecommendationRow, String> column = new TableColumn<>("Sized by");
    column.setId("recommendations-sized-by");
    column.setPrefWidth(140);
    column.setMinWidth(90);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().traits().text()));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                RecommendationRow row =
                    empty || getTableRow() == null ? null : getTableRow().getItem();
                setGraphic(row == null ? null : SizingBadges.of(row.traits(), BADGES_SHOWN));
              }
            });
    return column;
  }

  /** Columns under one header; text showing a change does not sort. */
  @SafeVarargs
  private static TableColumn<RecommendationRow, String> group(
      String title, TableColumn<RecommendationRow, String>... columns) {
    TableColumn<RecommendationRow, String> group = new TableColumn<>();
    Label header = new Label(title + " → recommended");
    header.setTooltip(
        new Tooltip("What the pod template holds now → what is recommended; (=) when it stays"));
    group.setGraphic(header);
    for (TableColumn<RecommendationRow, String> column : columns) {
      column.setSortable(false);
      group.getColumns().add(column);
    }
    return group;
  }

  /** Cores without the word: the header says them; an unbounded limit is {@code none}. */
  private static String cores(double value) {
    return Double.isInfinite(value)
        ? "none"
        : Units.cores(value).replace(" cores", "").replace(" core", "");
  }

  private void tooltip(String column, String text) {
    getColumns().stream()
        .filter(c -> c.getText().equals(column))
        .findFirst()
        .ifPresent(
            c -> {
              Label header = new Label(column);
              header.setTooltip(new Tooltip(text));
              c.setGraphic(header);
              c.setText("");
            });
  }

  private TableColumn<RecommendationRow, Boolean> chooser(ObservableSet<String> chosen) {
    TableColumn<RecommendationRow, Boolean> column = new TableColumn<>();
    CheckBox all = new CheckBox();
    all.setId("recommendations-choose-all");
    all.setTooltip(new Tooltip("Choose every row shown for applying, or none"));
    all.setOnAction(
        e -> {
          if (all.isSelected()) {
            chosen.addAll(rows.stream().map(RecommendationRow::id).toList());
          } else {
            chosen.clear();
          }
        });
    Runnable tick =
        new OncePerPulse(
            () ->
                all.setSelected(
                    !chosen.isEmpty() && rows.stream().allMatch(r -> chosen.contains(r.id()))));
    listeners.onChange(chosen, c -> tick.run());
    column.setGraphic(all);
    column.setId("recommendations-apply-column");
    column.setSortable(false);
    column.setPrefWidth(34);
    column.setMinWidth(34);
    column.setMaxWidth(34);
    column.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(chosen.contains(c.getValue().id())));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              private final CheckBox box = new CheckBox();

              {
                box.getStyleClass().add("apply-box");
                box.setOnAction(
                    e -> {
                      RecommendationRow row = getTableRow().getItem();
                      if (row != null && box.isSelected()) {
                        chosen.add(row.id());
                      } else if (row != null) {
                        chosen.remove(row.id());
                      }
                    });
              }

              @Override
              protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                box.setSelected(item != null && item);
                setGraphic(empty ? null : box);
              }
            });
    column.setStyle("-fx-alignment: center");
    return column;
  }

  private static TableColumn<RecommendationRow, String> text(
      String title, Function<RecommendationRow, String> value, double width) {
    TableColumn<RecommendationRow, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setMinWidth(width);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 30 ? null : new Tooltip(item));
              }
            });
    return column;
  }

  /** A numeric column: sorts by the number, shows it with its unit, marks risky values. */
  private TableColumn<RecommendationRow, Number> number(
      String title,
      ToDoubleFunction<RecommendationRow> value,
      Function<RecommendationRow, String> format,
      double width) {
    TableColumn<RecommendationRow, Number> column = new TableColumn<>(title);
    column.setId("recommendations-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
    column.setPrefWidth(width);
    column.setMinWidth(width);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
    column.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                RecommendationRow row =
                    empty || getIndex() >= getTableView().getItems().size()
                        ? null
                        : getTableView().getItems().get(getIndex());
                setText(row == null ? null : format.apply(row));
                getStyleClass().removeAll("over", "under");
                if (row != null) {
                  risk(title, row).ifPresent(getStyleClass()::add);
                }
              }
            });
    column.setStyle("-fx-alignment: center-right");
    return column;
  }

  /**
   * Amber for starvation beyond the budget or an HPA that would scale out, red for a would-be OOM
   * kill or a recommendation that costs more.
   */
  private Optional<String> risk(String column, RecommendationRow row) {
    return switch (column) {
      case "Starved" -> row.starvedShare() > budget ? Optional.of("over") : Optional.empty();
      case "OOMs" -> row.wouldBeOoms() > 0 ? Optional.of("under") : Optional.empty();
      case "Saves/month" -> row.savingsPerMonth() < 0 ? Optional.of("under") : Optional.empty();
      case "HPA" ->
          row.hpa().filter(HpaReplay::scalesOut).isPresent()
              ? Optional.of("over")
              : Optional.empty();
      default -> Optional.empty();
    };
  }
}
