package dev.fleetscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.fleetscope.cli.output.ServingOutput;
import dev.fleetscope.model.serving.ServingSnapshot;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.serving.FleetServing;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code fleetscope serving --demo} and the console's Serving view read the same demo fleet at the
 * same instant: every model's every figure must agree. The console's side is the {@link
 * FleetServing} its view reads (fed the live fleet's snapshot, priced from it as the Overview is);
 * the view's rows are checked against the same figures in the console's ServingViewTest.
 */
class ServingFrontEndsAgreeTest {
  private static final Instant END = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void theCommandLineAndTheConsoleShowTheSameFiguresForEveryDemoModel() throws Exception {
    Clock clock = Clock.fixed(END, ZoneOffset.UTC);
    DemoFleetSource demo =
        new DemoFleetSource(Simulator.DEFAULT_SEED, clock, Duration.ofSeconds(2));
    demo.awaitHistory();
    ServingSnapshot console;
    try (LiveFleet fleet = new LiveFleet(List.of(demo), clock);
        FleetServing serving = FleetServing.demo(demo.simulator())) {
      fleet.pollOnce(demo);
      serving.accept(fleet.latest());
      console = serving.snapshot(END, Duration.ofHours(1));
    }
    assertFalse(console.models().isEmpty(), "the demo fleet serves models");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = {"serving", "--demo", "--end", END.toString(), "--format", "json"};
    CommandLine cli =
        Fleetscope.commandLine(
            args, new Composition(Host.at(AppDirs.forCurrentUser()).withClock(clock)));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    assertEquals(0, cli.execute(args), err.toString());

    // both as the command line's JSON: every field of every model, numbers exactly
    assertEquals(ServingOutput.JSON.render(console, Currency.getInstance("USD")), out.toString());
  }
}
