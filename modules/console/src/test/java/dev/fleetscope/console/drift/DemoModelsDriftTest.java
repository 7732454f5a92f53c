package dev.fleetscope.console.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.drift.ColumnResult;
import dev.fleetscope.drift.DriftReport;
import dev.fleetscope.runtime.drift.Comparison;
import dev.fleetscope.runtime.drift.DemoModels;
import dev.fleetscope.runtime.drift.DriftComputer;
import dev.fleetscope.runtime.drift.DriftOutcome;
import dev.fleetscope.runtime.drift.DriftPlan;
import dev.fleetscope.runtime.drift.MonitoredModel;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import dev.fleetscope.simulator.inference.DemoInferenceLogs;
import dev.fleetscope.simulator.inference.DriftScenario;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo fleet's models drift as their scenario says, by the drift module's own report: the
 * drifting ones in exactly the scenario's columns once fully drifted and not before their onset,
 * the stable ones on no day at all.
 */
class DemoModelsDriftTest {
  static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");
  static List<MonitoredModel.Demo> models;
  static final DemoInferenceLogs LOGS = DemoInferenceLogs.startingAt(Simulator.DEFAULT_SEED, NOW);
  private final DriftComputer computer = new DriftComputer(Clock.fixed(NOW, ZoneOffset.UTC));

  @BeforeAll
  static void demoFleetModels() {
    Simulator fleet = new Simulator(Simulator.DEFAULT_SEED, Clock.fixed(NOW, ZoneOffset.UTC));
    models = DemoModels.of(fleet.snapshot(DemoFleetSource.ID));
  }

  private DriftReport report(Comparison comparison) {
    return assertInstanceOf(DriftOutcome.Computed.class, computer.compute(comparison)).report();
  }

  private static Set<String> drifted(DriftReport report) {
    return report.columns().stream()
        .filter(c -> c instanceof ColumnResult.Tested t && t.drift())
        .map(ColumnResult::column)
        .collect(Collectors.toSet());
  }

  @Test
  void theDemoFleetServesAboutAHundredModelsOfWhichAboutFourInTenDriftInEveryWay() {
    Map<DriftScenario, Integer> counts = new EnumMap<>(DriftScenario.class);
    models.forEach(m -> counts.merge(LOGS.scenario(m.name()), 1, Integer::sum));
    assertTrue(models.size() > 80, "models: " + models.size());
    double drifting = 1 - counts.get(DriftScenario.STABLE) / (double) models.size();
    assertTrue(drifting > 0.25 && drifting < 0.6, counts.toString()); // 42 % expected
    assertEquals(Set.of(DriftScenario.values()), counts.keySet());
  }

  @Test
  void driftingModelsDriftInTheirScenariosColumnsOnlyAndNotBeforeTheirOnset() {
    for (MonitoredModel.Demo model : models) {
      DriftScenario scenario = LOGS.scenario(model.name());
      if (scenario == DriftScenario.STABLE) {
        continue;
      }
      DriftPlan plan = DriftPlan.of(model, NOW, LOGS);
      DriftReport now = report(plan.current());
      assertEquals(
          Set.copyOf(scenario.driftingColumns()), drifted(now), model.name() + " " + scenario);
      assertEquals(
          scenario == DriftScenario.SEASONAL_SHIFT,
          now.datasetDrift(),
          model.name() + " " + scenario);
      DriftReport firstDay =
          report(plan.days().getFirst()); // every onset is at least a day after the origin
      assertEquals(Set.of(), drifted(firstDay), model.name() + " on its first day");
    }
  }

  @Test
  void stableModelsDriftOnNoDay() {
    long stable =
        models.stream().filter(m -> LOGS.scenario(m.name()) == DriftScenario.STABLE).count();
    int checked = 0;
    for (MonitoredModel.Demo model : models) {
      if (LOGS.scenario(model.name()) != DriftScenario.STABLE) {
        continue;
      }
      for (Comparison day : DriftPlan.of(model, NOW, LOGS).days()) {
        DriftReport report = report(day);
        assertEquals(Set.of(), drifted(report), model.name() + " " + day);
        assertFalse(report.datasetDrift());
        checked++;
      }
    }
    assertEquals(stable * 14, checked);
  }
}
