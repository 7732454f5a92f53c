package dev.fleetscope.console.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fleetscope.console.BoardLines;
import dev.fleetscope.console.DataAge;
import dev.fleetscope.console.WallBoard.Picture;
import dev.fleetscope.console.WallBoard.Tone;
import dev.fleetscope.model.serving.ModelServing;
import dev.fleetscope.model.serving.Percentiles;
import dev.fleetscope.model.serving.ServedModel;
import dev.fleetscope.model.serving.ServerKind;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.runtime.serving.ServingBoard;
import dev.fleetscope.runtime.serving.ServingSeries;
import dev.fleetscope.runtime.serving.ServingSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What the wall's serving board puts first, from a reading the test writes. */
class ServingWallBoardTest {
  private static final Instant END = Instant.parse("2026-12-07T12:00:00Z");

  @Test
  void modelsFailingRequestsComeFirstThenTheSlowest() {
    Picture picture =
        ServingWallBoard.picture(
            state(
                model("ranker", 0.002, Optional.of(0.450), 120),
                model("chat-llm", 0.08, Optional.of(2.1), 12.4),
                model("embedder", 0.0, Optional.of(0.030), 900),
                model("vision", 0.02, Optional.empty(), 3)));

    assertEquals("2 of 4 models failing requests", picture.headline());
    assertEquals(Tone.CRITICAL, picture.tone());
    assertEquals(
        List.of(
            "chat-llm | 8.0% | CRITICAL",
            "vision | 2.0% | WARNING", "ranker | 450 ms | CALM", "embedder | 30 ms | CALM"),
        BoardLines.of(picture));
    assertEquals(
        "of requests fail · p99 2.1 s · 12 req/s · aks-ds-weu/serving",
        picture.items().getFirst().caption());
    assertEquals(
        "of requests fail · mean 80 ms · 3.0 req/s · aks-ds-weu/serving",
        picture.items().get(1).caption(),
        "Triton exports a mean, not percentiles");
    assertEquals(
        "p99 latency · 0.2% errors · 120 req/s · aks-ds-weu/serving",
        picture.items().get(2).caption());
  }

  @Test
  void aLatencyRisingWithinTheWindowComesBeforeTheSlowerButSteadyModels() {
    ModelServing llm = model("chat-llm", 0.001, Optional.of(4.0), 20);
    ModelServing ranker = model("ranker", 0.002, Optional.of(0.6), 120);
    ServingSnapshot window =
        new ServingSnapshot(END, Duration.ofHours(1), List.of(llm, ranker), List.of());
    double[] none = new double[12];
    List<ServingBoard.Line> lines =
        List.of(
            new ServingBoard.Line(llm, none, series(4.1, 3.9, 4.0, 4.2, 4.0), none),
            new ServingBoard.Line(
                ranker, none, series(0.2, 0.21, Double.NaN, 0.19, 0.2, 0.6), none));
    Picture picture =
        ServingWallBoard.picture(
            new ServingState(
                Duration.ofHours(1),
                Optional.of(
                    new ServingBoard(
                        window, ServingSeries.EMPTY, lines, ServingSummary.of(window))),
                false,
                ""));

    assertEquals("1 of 2 models slower than usual", picture.headline());
    assertEquals(Tone.WARNING, picture.tone());
    assertEquals(
        List.of("ranker | 600 ms | WARNING", "chat-llm | 4 s | CALM"), BoardLines.of(picture));
    assertEquals(
        "p99 latency, 3.0× its usual · 0.2% errors · 120 req/s · aks-ds-weu/serving",
        picture.items().getFirst().caption());
    assertEquals(Double.NaN, ServingWallBoard.riseOf(series(0.2, 0.4)));
  }

  private static double[] series(double... values) {
    return values;
  }

  @Test
  void aCalmFleetShowsItsTrafficAndTheWindowsAgeMovesOn() {
    Picture picture =
        ServingWallBoard.picture(state(model("embedder", 0.001, Optional.of(0.03), 900)));
    assertEquals("1 model · 900 req/s", picture.headline());
    assertEquals(Tone.CALM, picture.tone());
    assertEquals("over the last 1 h", picture.footnote());
    // the window ends on 5-minute steps: four missed and it turns amber
    assertEquals("read 4 min ago", picture.age().apply(END.plusSeconds(240)).text());
    assertEquals(DataAge.FRESH, picture.age().apply(END.plusSeconds(240)).level());
    assertEquals(DataAge.AMBER, picture.age().apply(END.plus(Duration.ofMinutes(20))).level());
  }

  @Test
  void beforeTheFirstReadingTheBoardSaysWhatItIsDoing() {
    Picture picture = ServingWallBoard.picture(ServingState.INITIAL);
    assertEquals("Reading the model servers…", picture.headline());
    assertEquals("Waiting for the fleet…", picture.footnote());
  }

  private static ServingState state(ModelServing... models) {
    ServingSnapshot window =
        new ServingSnapshot(END, Duration.ofHours(1), List.of(models), List.of());
    return new ServingState(
        Duration.ofHours(1), Optional.of(ServingBoard.of(window, ServingSeries.EMPTY)), false, "");
  }

  /** {@code p99}, or a Triton-like mean of 80 ms when empty. */
  private static ModelServing model(
      String name, double errors, Optional<Double> p99, double requestsPerSecond) {
    return new ModelServing(
        new ServedModel(
            p99.isPresent() ? ServerKind.VLLM : ServerKind.TRITON,
            name,
            "aks-ds-weu",
            "serving",
            Optional.empty()),
        OptionalDouble.of(requestsPerSecond),
        OptionalDouble.of(errors),
        p99.map(p -> new Percentiles(p / 3, p / 2, p)),
        p99.isPresent() ? OptionalDouble.empty() : OptionalDouble.of(0.080),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        List.of());
  }
}
