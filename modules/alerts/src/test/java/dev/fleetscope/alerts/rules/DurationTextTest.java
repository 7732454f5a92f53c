package dev.fleetscope.alerts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DurationTextTest {
  @Property
  void everyWholeSecondDurationReadsBackAsWritten(@ForAll @LongRange(max = 400L * 86_400) long s) {
    Duration d = Duration.ofSeconds(s);
    assertEquals(d, DurationText.parse(DurationText.format(d)));
  }

  @Test
  void writesTheShortestForm() {
    assertEquals("0s", DurationText.format(Duration.ZERO));
    assertEquals("1h30m", DurationText.format(Duration.ofMinutes(90)));
    assertEquals("2d", DurationText.format(Duration.ofDays(2)));
    assertEquals("1d1s", DurationText.format(Duration.ofDays(1).plusSeconds(1)));
  }
}
