package dev.fleetscope.console.connections;

import dev.fleetscope.console.CoalescingWorker;
import dev.fleetscope.console.FxLatest;
import dev.fleetscope.console.connections.ConnectionsState.KubeconfigGroup;
import dev.fleetscope.console.connections.ConnectionsState.PipelineRow;
import dev.fleetscope.console.connections.ConnectionsState.PrometheusRow;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.SourceStatus;
import dev.fleetscope.model.pipeline.PipelineSource;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.ConnectionTester;
import dev.fleetscope.prometheus.PrometheusClient;
import dev.fleetscope.runtime.connections.ConnectedSources;
import dev.fleetscope.runtime.connections.KubeconfigEntry;
import dev.fleetscope.runtime.connections.MissingSecretException;
import dev.fleetscope.runtime.connections.PipelineEntry;
import dev.fleetscope.runtime.connections.PrometheusEntry;
import dev.fleetscope.runtime.connections.SavedAuth;
import dev.fleetscope.runtime.connections.SavedConnections;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.pipelines.ConfiguredPipelines;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Connections view's model: the saved connections with their sources' statuses, the
 * kubeconfigs' contexts with a health strip checked every {@link #HEALTH_INTERVAL}, and the
 * commands that change them. Files are read and written on one background worker, health checks and
 * connection tests on virtual threads of their own; only immutable states reach the FX thread.
 * Nothing is read or checked until the view is first shown ({@link #activate()}), so the console
 * starts without touching any cluster.
 */
public final class ConnectionsViewModel implements AutoCloseable {
  public static final Duration HEALTH_INTERVAL = Duration.ofSeconds(30);

  private final ConnectedSources sources;
  private final CoalescingWorker worker = new CoalescingWorker("connections");
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofVirtual().name("connections-health").factory());
  private final ReadOnlyObjectWrapper<ConnectionsState> state =
      new ReadOnlyObjectWrapper<>(ConnectionsState.EMPTY);
  private final ReadOnlyObjectWrapper<TestOutcome> test =
      new ReadOnlyObjectWrapper<>(TestOutcome.NONE);
  private final ReadOnlyObjectWrapper<TestOutcome> pipelineTest =
      new ReadOnlyObjectWrapper<>(TestOutcome.NONE);
  private final Consumer<TestOutcome> pipelineTestToFx = new FxLatest<>(pipelineTest::set);
  private final AtomicLong pipelineTestGeneration = new AtomicLong();
  private final ConfiguredPipelines pipelines;
  private volatile List<SourceStatus> pipelineStatuses = List.of();
  private final Consumer<ConnectionsState> stateToFx = new FxLatest<>(state::set);
  private final Consumer<TestOutcome> testToFx = new FxLatest<>(test::set);
  private final AtomicLong testGeneration = new AtomicLong();
  private final CoalescingWorker publisher = new CoalescingWorker("connections-state");
  private final CoalescingWorker.Task publishTask = publisher.task(this::publish);
  private final RunningTest runningTest = new RunningTest();
  private final RunningTest runningPipelineTest = new RunningTest();
  private volatile List<SourceStatus> statuses = List.of();

  private final ContextsBoard contexts;
  // Guarded by this.
  private Optional<String> problem;
  private boolean active;

  /**
   * @param pipelines builds the pipeline sources being tested, as the console's monitor builds them
   */
  public ConnectionsViewModel(
      ConnectedSources sources, LiveFleet fleet, ConfiguredPipelines pipelines, Clock clock) {
    this.sources = sources;
    this.problem = sources.loadProblem();
    this.contexts = new ContextsBoard(sources, clock, this::publish);
    this.pipelines = pipelines;
    fleet.subscribe(this::accept);
    publish();
  }

  public ReadOnlyObjectProperty<ConnectionsState> state() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<TestOutcome> test() {
    return test.getReadOnlyProperty();
  }

  /** What "Test connection" found for the drafted pipeline source. */
  public ReadOnlyObjectProperty<TestOutcome> pipelineTest() {
    return pipelineTest.getReadOnlyProperty();
  }

  /**
   * Reads the kubeconfigs and starts checking their clusters; the view calls it when it is first
   * shown.
   */
  public synchronized void activate() {
    if (active) {
      return;
    }
    active = true;
    worker.execute(contexts::reload);
    ticker.scheduleWithFixedDelay(
        contexts::checkAll,
        HEALTH_INTERVAL.toMillis(),
        HEALTH_INTERVAL.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** On a source's thread, which must not wait: the state is computed on the publisher's thread. */
  private void accept(FleetSnapshot snapshot) {
    if (!snapshot.sources().equals(statuses)) {
      statuses = snapshot.sources();
      publishSoon();
    }
  }

  /** The pipeline sources' statuses from the latest board, for their rows; returns at once. */
  public void acceptPipelines(List<SourceStatus> statuses) {
    if (!statuses.equals(pipelineStatuses)) {
      pipelineStatuses = List.copyOf(statuses);
      publishSoon();
    }
  }

  private void publishSoon() {
    publishTask.schedule();
  }

  // ---- commands ----

  /**
   * Saves a Prometheus (a new one, or the one with {@code editingId}). Returns the form's mistake,
   * naming the field, when there is one; the file is written in the background.
   */
  public Optional<String> savePrometheus(PrometheusDraft draft, Optional<String> editingId) {
    SavedConnections current = sources.current();
    PrometheusEntry entry;
    try {
      entry = draft.toEntry(editingId.orElseGet(() -> freshId(current, draft)));
    } catch (PrometheusDraft.InvalidDraft e) {
      return Optional.of(e.getMessage());
    }
    change(
        c ->
            editingId
                .map(id -> c.replacingPrometheus(id, entry))
                .orElseGet(() -> c.withPrometheus(entry)));
    return Optional.empty();
  }

  public void removePrometheus(String id) {
    change(c -> c.withoutPrometheus(id));
  }

  /** Saves a pipeline source; returns the form's mistake, naming the field, when there is one. */
  public Optional<String> savePipeline(PipelineDraft draft) {
    PipelineEntry entry;
    try {
      entry = draft.toEntry(draft.freshId(sources.current()));
    } catch (PrometheusDraft.InvalidDraft e) {
      return Optional.of(e.getMessage());
    }
    change(c -> c.withPipeline(entry));
    return Optional.empty();
  }

  public void removePipeline(String id) {
    change(c -> c.withoutPipeline(id));
  }

  /**
   * Polls the drafted pipeline source once, off the FX thread: how many runs it reports, or why it
   * cannot.
   */
  public void testPipeline(PipelineDraft draft) {
    long generation = pipelineTestGeneration.incrementAndGet();
    pipelineTestToFx.accept(new TestOutcome.Running(draft.target().strip()));
    Thread.ofVirtual()
        .name("pipeline-test")
        .start(
            () -> {
              TestOutcome outcome = runPipelineTest(draft);
              if (pipelineTestGeneration.get() == generation) {
                pipelineTestToFx.accept(outcome);
              }
            });
  }

  /** Forgets the pipeline test's outcome and cancels its call if it still runs. */
  public void clearPipelineTest() {
    pipelineTestGeneration.incrementAndGet();
    runningPipelineTest.cancel();
    pipelineTestToFx.accept(TestOutcome.NONE);
  }

  private TestOutcome runPipelineTest(PipelineDraft draft) {
    String target = draft.target().strip();
    PipelineEntry entry;
    try {
      entry = draft.toEntry("test");
    } catch (PrometheusDraft.InvalidDraft e) {
      return new TestOutcome.Failed(target, e.getMessage());
    }
    try (PipelineSource source = pipelines.connect(entry)) {
      runningPipelineTest.runs(source);
      int runs = source.poll().size();
      runningPipelineTest.finished(source);
      return new TestOutcome.Polled(
          target,
          entry.name()
              + " answered: "
              + runs
              + (runs == 1 ? " run" : " runs")
              + " in the last 7 days");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new TestOutcome.Failed(target, "the test was stopped");
    } catch (Exception e) {
      return new TestOutcome.Failed(target, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  public void showDemoFleet(boolean shown) {
    change(c -> c.withDemoFleet(shown));
  }

  /**
   * Makes a context a source, or stops it being one; refused when another kubeconfig's context has
   * its name.
   */
  public void enableContext(KubeconfigEntry kubeconfig, String context, boolean enabled) {
    worker.execute(
        () -> {
          SavedConnections current = sources.current();
          Optional<KubeconfigEntry> clash =
              current.kubeconfigs().stream()
                  .filter(
                      k ->
                          !k.file().equals(kubeconfig.file())
                              && k.enabledContexts().contains(context))
                  .findFirst();
          if (enabled && clash.isPresent()) {
            failed(
                "The context "
                    + context
                    + " is already a source from "
                    + clash.get().describe()
                    + ": contexts are told apart by name, so rename one of them in its kubeconfig");
            return;
          }
          KubeconfigEntry entry =
              current.kubeconfigs().stream()
                  .filter(k -> k.file().equals(kubeconfig.file()))
                  .findFirst()
                  .orElse(kubeconfig);
          save(current.withKubeconfig(entry.withContext(context, enabled)));
        });
  }

  /** Lists a kubeconfig file's contexts beside the environment's. */
  public void addKubeconfig(Path file) {
    worker.execute(
        () -> {
          save(sources.current().withKubeconfig(KubeconfigEntry.of(file)));
          contexts.reload();
        });
  }

  public void removeKubeconfig(Path file) {
    worker.execute(
        () -> {
          save(sources.current().withoutKubeconfig(file));
          contexts.reload();
        });
  }

  /** Reads every kubeconfig again (after the user edited one) and checks the clusters now. */
  public void reload() {
    worker.execute(contexts::reload);
  }

  /**
   * Tests the drafted connection off the FX thread: build info, series counts and the needed
   * metrics. A newer test replaces an older one still running.
   */
  public void testConnection(PrometheusDraft draft) {
    long generation = testGeneration.incrementAndGet();
    testToFx.accept(new TestOutcome.Running(draft.url().strip()));
    Thread.ofVirtual()
        .name("connection-test")
        .start(
            () -> {
              TestOutcome outcome = runTest(draft);
              if (testGeneration.get() == generation) {
                testToFx.accept(outcome);
              }
            });
  }

  /**
   * Forgets the last test's outcome (the form was closed) and cancels its call if it still runs.
   */
  public void clearTest() {
    testGeneration.incrementAndGet();
    runningTest.cancel();
    testToFx.accept(TestOutcome.NONE);
  }

  private TestOutcome runTest(PrometheusDraft draft) {
    String url = draft.url().strip();
    ConnectionSettings settings;
    try {
      settings = draft.toEntry("test").resolve(sources.environment());
    } catch (PrometheusDraft.InvalidDraft | MissingSecretException e) {
      return new TestOutcome.Failed(url, e.getMessage());
    }
    try (PrometheusClient client = new PrometheusClient(settings)) {
      runningTest.runs(client);
      TestOutcome outcome = TestOutcome.of(new ConnectionTester(client).test());
      runningTest.finished(client);
      return outcome;
    } catch (IOException | RuntimeException e) {
      return new TestOutcome.Failed(url, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  // ---- background work ----

  private interface Edit {
    SavedConnections apply(SavedConnections connections);
  }

  private void change(Edit edit) {
    worker.execute(() -> save(edit.apply(sources.current())));
  }

  /**
   * On the worker: writes the file and makes the sources follow; nothing changes when it cannot be
   * written.
   */
  private void save(SavedConnections connections) {
    try {
      sources.save(connections);
      synchronized (this) {
        problem = Optional.empty();
      }
    } catch (IOException e) {
      synchronized (this) {
        problem =
            Optional.of(
                "Could not save the connections to "
                    + sources.file()
                    + ": "
                    + e.getMessage()
                    + ". Nothing was changed");
      }
    }
    publish();
  }

  private void failed(String message) {
    synchronized (this) {
      problem = Optional.of(message);
    }
    publish();
  }

  private void publish() {
    stateToFx.accept(snapshot());
  }

  private ConnectionsState snapshot() {
    SavedConnections saved = sources.current();
    List<SourceStatus> seen = statuses;
    synchronized (this) {
      return snapshot(saved, seen);
    }
  }

  private ConnectionsState snapshot(SavedConnections saved, List<SourceStatus> seen) {
    List<PrometheusRow> prometheus =
        saved.prometheus().stream()
            .map(
                p ->
                    new PrometheusRow(
                        p, authText(p), clustersText(p.settings()), status(seen, p.id())))
            .toList();
    List<KubeconfigGroup> groups =
        contexts.groups(saved.kubeconfigs(), active, id -> status(seen, id));
    List<SourceStatus> boards = pipelineStatuses;
    List<PipelineRow> pipelineRows =
        saved.pipelines().stream().map(p -> new PipelineRow(p, status(boards, p.id()))).toList();
    return new ConnectionsState(
        saved.showsDemoFleet(),
        saved.hasSources(),
        prometheus,
        groups,
        pipelineRows,
        problem,
        sources.file().toString());
  }

  private static Optional<SourceStatus> status(List<SourceStatus> statuses, String sourceId) {
    return statuses.stream().filter(s -> s.sourceId().equals(sourceId)).findFirst();
  }

  static String authText(PrometheusEntry entry) {
    return switch (entry.auth()) {
          case SavedAuth.None none -> "no auth";
          case SavedAuth.Bearer b -> "bearer token " + b.token().describe();
          case SavedAuth.Basic b ->
              "basic auth " + b.username() + ", password " + b.password().describe();
        }
        + (entry.settings().tls().clientCertificateFile().isPresent()
            ? " · client certificate"
            : "")
        + entry.settings().tenant().map(t -> " · tenant " + t).orElse("");
  }

  static String clustersText(ConnectionSettings settings) {
    return settings.labels().multiCluster()
        ? "clusters by label '" + settings.labels().cluster() + "'"
        : "cluster " + settings.clusterName();
  }

  /** {@code prometheus:host:port}, or with {@code -2}, {@code -3}... when that is taken. */
  static String freshId(SavedConnections current, PrometheusDraft draft) {
    String base;
    try {
      base = ConnectionSettings.forUrl(draft.url().strip()).id();
    } catch (IllegalArgumentException e) {
      base = "prometheus";
    }
    String id = base;
    for (int n = 2; current.prometheus(id).isPresent(); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  @Override
  public void close() {
    runningTest.cancel();
    runningPipelineTest.cancel();
    ticker.shutdownNow();
    publisher.close();
    worker.close();
  }
}
