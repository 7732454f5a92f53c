package dev.fleetscope.console.alerts;

import dev.fleetscope.alerts.Alert;
import dev.fleetscope.alerts.AlertState;
import dev.fleetscope.console.DataAge;
import dev.fleetscope.console.WallBoard;
import dev.fleetscope.console.WallBoard.Item;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallBoard.Tone;
import dev.fleetscope.console.WallDataAge;
import dev.fleetscope.model.SourceStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The wall's "needs attention" board: how many alerts fire, then the worst few, each a tile in its
 * severity's colour with its subject and value as the main figures and the age of the data it was
 * judged from. When nothing fires it says so and when it was judged, amber then red once the rules
 * stop being judged: an old "nothing needs attention" must not pass for today's.
 */
public final class AttentionBoard {
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());
  private static final DateTimeFormatter DAY_AT =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

  private final AttentionModel model;
  private final Clock clock;
  private final Duration every;

  private AttentionBoard(AttentionModel model, Clock clock, Duration every) {
    this.model = model;
    this.clock = clock;
    this.every = every;
  }

  /**
   * @param clock the clock the alerts are judged by, for the data's age
   * @param every how often they are judged
   */
  public static WallBoard of(AttentionModel model, Clock clock, Duration every) {
    AttentionBoard board = new AttentionBoard(model, clock, every);
    return new WallBoard("attention-board", clock, model.state(), board::picture);
  }

  private Picture picture(AttentionModel.Attention attention) {
    AlertState state = attention.state();
    List<Alert> firing = state.firing();
    if (!model.evaluated()) {
      return new Picture(
          "Judging the alert rules…",
          Tone.NEUTRAL,
          List.of(),
          "",
          now -> new WallDataAge("not judged yet", DataAge.FRESH));
    }
    return new Picture(
        firing.isEmpty() ? "Nothing needs attention" : firing.size() + " firing",
        firing.isEmpty() ? Tone.CALM : tone(firing.getFirst()),
        firing.stream().map(this::item).toList(),
        "judged at " + AT.format(state.at()),
        now -> judged(state.at(), now));
  }

  /** {@code 12 s ago}; red once the rules have stopped being judged. */
  private WallDataAge judged(Instant at, Instant now) {
    Duration age = Duration.between(at, now);
    DataAge level = DataAge.of(age, every);
    return new WallDataAge(
        DataAge.ago(age) + (level == DataAge.RED ? " · the alert rules are not being judged" : ""),
        level);
  }

  /** The subject and value large, the rule and since when below. */
  private Item item(Alert alert) {
    return new Item(
        alert.subject().name(),
        alert.kind().format(alert.value()),
        alert.severity().name()
            + " · "
            + alert.ruleId()
            + " · since "
            + since(alert.since(), clock.instant(), ZoneId.systemDefault()),
        tone(alert),
        now -> dataAge(alert, now));
  }

  private WallDataAge dataAge(Alert alert, Instant now) {
    List<SourceStatus> behind = model.state().get().sources().behind(alert);
    return behind.isEmpty()
        ? new WallDataAge("data age unknown", DataAge.AMBER)
        : WallDataAge.of(behind, now);
  }

  private static Tone tone(Alert alert) {
    return Tone.of(alert.severity());
  }

  /**
   * {@code 21:22} today, {@code 5 Dec 21:22} before: an alert firing since yesterday evening must
   * not read as later than the clock beside it.
   */
  static String since(Instant since, Instant now, ZoneId zone) {
    boolean today = since.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
    return (today ? AT : DAY_AT).withZone(zone).format(since);
  }
}
