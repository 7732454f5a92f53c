package dev.fleetscope.console.pipelines;

import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.runtime.pipelines.PipelinesState;
import dev.fleetscope.runtime.pipelines.TimelineLane;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** Source and pipeline filters: check some to see only those; none checked shows all. */
final class FilterBar extends HBox {
  private final PipelinesViewModel model;
  private final CheckComboBox<String> sources = new CheckComboBox<>();
  private final CheckComboBox<String> pipelines = new CheckComboBox<>();
  private List<SourceStatus> sourceStatuses = List.of();
  private boolean showing;

  FilterBar(PipelinesViewModel model) {
    super(8);
    this.model = model;
    sources.setId("pipeline-sources");
    pipelines.setId("pipeline-names");
    sources.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String id) {
            return id == null ? "" : TimelineLane.sourceNameIn(sourceStatuses, id);
          }

          @Override
          public String fromString(String text) {
            throw new UnsupportedOperationException("source names are not parsed");
          }
        });
    sources.setPrefWidth(210);
    pipelines.setPrefWidth(210);
    sources
        .getCheckModel()
        .getCheckedItems()
        .addListener(
            (ListChangeListener<String>)
                c -> {
                  title(sources, "sources");
                  if (!showing) {
                    model
                        .filter()
                        .set(
                            model
                                .filter()
                                .get()
                                .withSources(
                                    Set.copyOf(sources.getCheckModel().getCheckedItems())));
                  }
                });
    pipelines
        .getCheckModel()
        .getCheckedItems()
        .addListener(
            (ListChangeListener<String>)
                c -> {
                  title(pipelines, "pipelines");
                  if (!showing) {
                    model
                        .filter()
                        .set(
                            model
                                .filter()
                                .get()
                                .withPipelines(
                                    Set.copyOf(pipelines.getCheckModel().getCheckedItems())));
                  }
                });
    getChildren().addAll(sources, pipelines);
  }

  /** Offers the sources and pipelines the state knows, keeping what was checked. */
  void show(PipelinesState state) {
    showing = true;
    sourceStatuses = state.sources();
    offer(
        sources,
        state.sources().stream().map(SourceStatus::sourceId).toList(),
        state.filter().sources());
    offer(pipelines, state.pipelineNames(), state.filter().pipelines());
    title(sources, "sources");
    title(pipelines, "pipelines");
    showing = false;
  }

  private static void offer(CheckComboBox<String> box, List<String> items, Set<String> checked) {
    Set<String> keep = new LinkedHashSet<>(checked);
    if (!box.getItems().equals(items)) {
      box.getCheckModel().clearChecks();
      box.getItems().setAll(items);
    }
    for (String item : items) {
      boolean want = keep.contains(item);
      if (want != box.getCheckModel().isChecked(item)) {
        if (want) {
          box.getCheckModel().check(item);
        } else {
          box.getCheckModel().clearCheck(item);
        }
      }
    }
  }

  /**
   * {@code All sources}, the one checked, or {@code 2 sources}: always a title, so the box never
   * reads empty.
   */
  private static void title(CheckComboBox<String> box, String noun) {
    List<String> checked = box.getCheckModel().getCheckedItems();
    box.setTitle(
        checked.isEmpty()
            ? "All " + noun
            : checked.size() == 1
                ? box.getConverter().toString(checked.getFirst())
                : checked.size() + " " + noun);
  }
}
