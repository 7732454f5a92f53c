package dev.fleetscope.console.pipelines;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The timeline's ticks in local time: every 3 hours over a day (labelled {@code 15:00}), every
 * midnight over a week (labelled {@code Tue 17 Nov}).
 */
public final class TimeAxis {
  /** A tick at {@code fraction} of the window. */
  public record Tick(double fraction, String label) {}

  private static final DateTimeFormatter HOURS =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DAYS =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private TimeAxis() {}

  public static List<Tick> ticks(Instant from, Instant to, ZoneId zone) {
    boolean days = Duration.between(from, to).compareTo(Duration.ofHours(36)) > 0;
    ZonedDateTime first = from.atZone(zone).truncatedTo(days ? ChronoUnit.DAYS : ChronoUnit.HOURS);
    double span = Duration.between(from, to).toMillis();
    List<Tick> ticks = new ArrayList<>();
    for (ZonedDateTime t = first;
        !t.toInstant().isAfter(to);
        t = days ? t.plusDays(1) : t.plusHours(1)) {
      if (t.toInstant().isBefore(from) || (!days && t.getHour() % 3 != 0)) {
        continue;
      }
      ticks.add(
          new Tick(
              Duration.between(from, t.toInstant()).toMillis() / span,
              (days ? DAYS : HOURS).format(t)));
    }
    return ticks;
  }
}
