package dev.fleetscope.console.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.FxWatchdog;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Progress;
import dev.fleetscope.model.SourceState;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.config.DriftSource;
import dev.fleetscope.runtime.config.DriftSourcesStore;
import dev.fleetscope.runtime.drift.DemoModels;
import dev.fleetscope.runtime.drift.MonitoredModel;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import dev.fleetscope.simulator.inference.DemoInferenceLogs;
import dev.fleetscope.simulator.inference.DriftScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Drift view's model on the demo fleet at a fixed instant, without a window (the FX thread only
 * relays).
 */
@ExtendWith(FxWatchdog.class)
class DriftViewModelTest {
  static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static FleetSnapshot demo;

  @TempDir Path config;
  private DriftViewModel model;

  static int models;
  static long drifting;
  static long seasonal;

  @BeforeAll
  static void demoFleet() throws Exception {
    FxToolkit.registerPrimaryStage();
    demo = new Simulator(Simulator.DEFAULT_SEED, CLOCK).snapshot(DemoFleetSource.ID);
    DemoInferenceLogs logs = DemoInferenceLogs.startingAt(Simulator.DEFAULT_SEED, NOW);
    List<DriftScenario> scenarios =
        DemoModels.of(demo).stream().map(m -> logs.scenario(m.name())).toList();
    models = scenarios.size();
    drifting = scenarios.stream().filter(s -> s != DriftScenario.STABLE).count();
    seasonal = scenarios.stream().filter(s -> s == DriftScenario.SEASONAL_SHIFT).count();
  }

  @AfterEach
  void close() {
    if (model != null) {
      model.close();
    }
  }

  private DriftViewModel open() {
    model =
        new DriftViewModel(
            new DriftSourcesStore(new AppDirs(config, config)), Simulator.DEFAULT_SEED, CLOCK);
    return model;
  }

  @Test
  void computesEveryDemoModelAndCountsTheDriftingOnes() throws Exception {
    open().accept(demo);
    await(() -> model.list().get().total() == models && model.list().get().complete());
    ModelList list = model.list().get();
    assertTrue(list.started());
    // seasonal shifts drift as a dataset; new markets and score skews in two columns each
    assertEquals(drifting, list.drifting());
    assertEquals(
        seasonal,
        list.rows().stream().filter(r -> r.status() == ModelRow.Status.DATASET_DRIFT).count());
    ModelRow first = list.rows().getFirst(); // by name: the view sorts
    assertEquals("demo:" + DemoModels.of(demo).getFirst().name(), first.id());
    assertEquals(NOW, first.computedAt());
    assertEquals(list.rows().size(), list.demoByName().size());
  }

  @Test
  void waitsForTheDemoHistoryUnlessTheViewAsks() throws Exception {
    SourceStatus recording =
        new SourceStatus(
            DemoFleetSource.ID,
            "Demo fleet",
            SourceState.LIVE,
            Optional.of(NOW),
            Optional.empty(),
            Optional.of(new Progress("Recording 14 days of demo history", 0.3)));
    open().accept(demo.withSources(List.of(recording)));
    await(() -> model.list().get().total() == models);
    assertFalse(model.list().get().started());
    assertEquals(0, model.list().get().computed());
    model.activate();
    await(() -> model.list().get().complete());
  }

  @Test
  void theSelectedModelShowsItsColumnsThenItsFourteenDays() throws Exception {
    DemoInferenceLogs logs = DemoInferenceLogs.startingAt(Simulator.DEFAULT_SEED, NOW);
    String seasonal =
        DemoModels.of(demo).stream()
            .map(MonitoredModel::name)
            .filter(n -> logs.scenario(n) == DriftScenario.SEASONAL_SHIFT)
            .findFirst()
            .orElseThrow();
    open().accept(demo);
    WaitForAsyncUtils.asyncFx(() -> model.selected().set("demo:" + seasonal)).get();
    await(() -> model.detail().get().history().map(DriftHistory::complete).orElse(false));
    ModelDetail detail = model.detail().get();
    assertEquals(seasonal, detail.name());
    assertEquals(
        DemoInferenceLogs.COLUMNS, detail.columns().stream().map(ColumnRow::column).toList());
    assertEquals(ModelRow.Status.DATASET_DRIFT, detail.summary().status());
    DriftHistory history = detail.history().orElseThrow();
    assertEquals(
        0.0,
        history.days().getFirst().share()); // drift starts a day or more after the history does
    assertEquals(detail.summary().share(), history.days().getLast().share());
    assertEquals("11-20", history.days().getLast().label());
  }

  @Test
  void aBadFileShowsItsProblemWhileEverythingElseIsComputed() throws Exception {
    Path reference = Files.writeString(config.resolve("ref.csv"), "a,b\n1,2\n3\n");
    Path current = Files.writeString(config.resolve("cur.csv"), "a,b\n1,2\n");
    open().accept(demo);
    model.add(
        new DriftSource.FilePair(
            "offline eval",
            reference.toString(),
            current.toString(),
            List.of(),
            Map.of(),
            Map.of()));
    await(() -> model.list().get().total() == models + 1 && model.list().get().complete());
    ModelRow bad = model.list().get().rows().getFirst();
    assertEquals("file:offline eval", bad.id());
    assertEquals(ModelRow.Status.FAILED, bad.status());
    assertTrue(
        bad.message().startsWith(reference + ": ") && bad.message().contains("Line: 3"),
        bad.message());
    assertEquals(drifting, model.list().get().drifting());
    assertTrue(Files.readString(config.resolve("drift-sources.json")).contains("offline eval"));

    model.remove("file:offline eval");
    await(() -> model.list().get().total() == models);
    assertFalse(Files.readString(config.resolve("drift-sources.json")).contains("offline eval"));
  }

  @Test
  void configuredSourcesAreReadBackAtTheNextStart() throws Exception {
    DriftSource pair =
        new DriftSource.FilePair(
            "eval", "/nowhere/ref.csv", "/nowhere/cur.csv", List.of(), Map.of(), Map.of());
    new DriftSourcesStore(new AppDirs(config, config)).save(List.of(pair));
    open();
    await(() -> model.list().get().total() == 1);
    assertFalse(model.list().get().started(), "no fleet yet, no view: nothing is computed");
    model.activate();
    await(() -> model.list().get().complete() && model.list().get().total() == 1);
    assertEquals("/nowhere/ref.csv: no such file", model.list().get().rows().getFirst().message());
    assertEquals(Optional.of(pair), model.source("file:eval"));
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
  }
}
