package dev.fleetscope.console;

import dev.fleetscope.model.SourceStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The status bar's chips: one per source, with its freshness, its last error and any long work in
 * progress.
 */
public final class SourceStrip extends HBox {
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private List<SourceStatus> shown = List.of();

  public SourceStrip() {
    super(14);
    getStyleClass().add("status-bar");
    setId("source-strip");
  }

  public void show(List<SourceStatus> sources) {
    shown = List.copyOf(sources);
    getChildren().setAll(sources.stream().map(SourceStrip::chip).toList());
  }

  /** The statuses shown now. */
  public List<SourceStatus> shown() {
    return shown;
  }

  private static HBox chip(SourceStatus s) {
    Region dot = new Region();
    String state = s.state().name().toLowerCase(Locale.ROOT);
    dot.getStyleClass().addAll("source-dot", state);
    String when = s.lastSuccess().map(at -> " · updated " + CLOCK.format(at)).orElse("");
    Label text = new Label(s.displayName() + " · " + state + when);
    HBox chip = new HBox(6, dot, text);
    chip.getStyleClass().add("source-chip");
    chip.setId("source-" + s.sourceId());
    s.message().ifPresent(m -> Tooltip.install(chip, new Tooltip(m)));
    s.progress()
        .ifPresent(
            p -> {
              ProgressBar bar = new ProgressBar(p.fraction());
              bar.setPrefWidth(120);
              chip.getChildren().addAll(bar, new Label(p.task()));
            });
    return chip;
  }
}
