package dev.fleetscope.console;

import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;

/**
 * The wall bar's word on how old what the wall shows is: the age of the oldest source's last
 * answer, amber when a source has gone stale or is still connecting, red when one failed, with that
 * source named. The status strip along the bottom says the same per source, in type too small to
 * read across a room.
 *
 * @param text {@code data 12 s ago}, {@code data 4 min ago · Demo Airflow stale}
 */
public record WallDataAge(String text, DataAge level) {

  public static WallDataAge of(List<SourceStatus> sources, Instant now) {
    if (sources.isEmpty()) {
      return new WallDataAge("no sources", DataAge.AMBER);
    }
    Optional<Instant> oldest =
        sources.stream()
            .map(SourceStatus::lastSuccess)
            .flatMap(Optional::stream)
            .min(Comparator.naturalOrder());
    String age =
        oldest.map(at -> "data " + DataAge.ago(Duration.between(at, now))).orElse("no data yet");
    Optional<SourceStatus> worst =
        sources.stream()
            .filter(s -> s.state() != SourceState.LIVE)
            .max(Comparator.comparing(WallDataAge::level));
    return worst
        .map(s -> new WallDataAge(age + " · " + s.displayName() + " " + word(s), level(s)))
        .orElse(new WallDataAge(age, DataAge.FRESH));
  }

  /** Writes this on {@code label}, its style class saying the level ({@code stale-amber}...). */
  public void showOn(Label label) {
    label.setText(text);
    label.getStyleClass().removeAll("stale-amber", "stale-red");
    if (level != DataAge.FRESH) {
      label.getStyleClass().add(level.styleClass());
    }
  }

  private static DataAge level(SourceStatus source) {
    return switch (source.state()) {
      case LIVE -> DataAge.FRESH;
      case CONNECTING, STALE -> DataAge.AMBER;
      case FAILED -> DataAge.RED;
    };
  }

  private static String word(SourceStatus source) {
    return switch (source.state()) {
      case LIVE -> "live";
      case CONNECTING -> "connecting";
      case STALE -> "stale";
      case FAILED -> "failing";
    };
  }
}
