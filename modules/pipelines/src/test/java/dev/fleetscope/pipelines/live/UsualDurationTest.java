package dev.fleetscope.pipelines.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UsualDurationTest {
  @Test
  void p95OfTwentyRunsIsTheNineteenthSmallest() {
    // 1..20 minutes, shuffled order: rank ceil(0.95 * 20) = 19 -> 19 min
    List<Duration> durations =
        IntStream.of(7, 3, 20, 1, 15, 9, 11, 2, 19, 4, 18, 5, 13, 6, 17, 8, 12, 10, 16, 14)
            .mapToObj(Duration::ofMinutes)
            .toList();
    assertEquals(Optional.of(Duration.ofMinutes(19)), UsualDuration.p95(durations));
  }

  @Test
  void p95OfFiveRunsIsTheLargest() {
    // rank ceil(0.95 * 5) = 5
    assertEquals(
        Optional.of(Duration.ofMinutes(50)),
        UsualDuration.p95(
            List.of(
                Duration.ofMinutes(40),
                Duration.ofMinutes(42),
                Duration.ofMinutes(50),
                Duration.ofMinutes(41),
                Duration.ofMinutes(44))));
  }

  @Test
  void fewerThanFiveRunsSayNothing() {
    assertEquals(
        Optional.empty(),
        UsualDuration.p95(
            List.of(
                Duration.ofMinutes(1),
                Duration.ofMinutes(2),
                Duration.ofMinutes(3),
                Duration.ofMinutes(4))));
  }
}
