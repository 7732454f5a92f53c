package dev.fleetscope.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.console.utilization.UsageRow;
import dev.fleetscope.model.Resources;
import dev.fleetscope.model.WorkloadRef;
import dev.fleetscope.model.change.ApplyMethod;
import dev.fleetscope.model.change.ClusterWriteException;
import dev.fleetscope.model.change.ClusterWriter;
import dev.fleetscope.model.change.ContainerResources;
import dev.fleetscope.model.change.PodStatus;
import dev.fleetscope.model.change.RolloutState;
import dev.fleetscope.model.change.WorkloadChange;
import dev.fleetscope.model.change.WorkloadState;
import dev.fleetscope.runtime.changes.ChangeSetup;
import dev.fleetscope.runtime.changes.ClusterWriters;
import dev.fleetscope.runtime.changes.RightsizingObserver;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.live.LiveFleet;
import dev.fleetscope.runtime.pipelines.PipelineSetup;
import dev.fleetscope.runtime.rightsizing.RecommendationRow;
import dev.fleetscope.simulator.DemoClusterWriter;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo fleet's workloads of today's Kubernetes (a VPA-managed service, a KEDA worker, pod-level
 * resources, a JVM, a native sidecar, a CronJob, a DRA trainer) as the Recommendations and
 * Utilization views show them, and the apply flow's refusals for them (TestFX on Monocle). The
 * cluster is the simulator's DemoClusterWriter, wrapped where a test needs pods a real cluster
 * would report (BestEffort, or a resize the kubelet found infeasible) and to count what is sent.
 */
class KubernetesOfTodayConsoleTest {
  private static final Instant NOW = Instant.parse("2026-11-20T15:00:30Z");
  private static DemoFleetSource shared;

  @TempDir Path config;
  private final FxRobot robot = new FxRobot();
  private Application app;
  private SendingCounter writer;

  @BeforeAll
  static void recordDemoHistoryOnce() throws Exception {
    FxToolkit.registerPrimaryStage();
    shared = demo();
  }

  private static DemoFleetSource demo() throws InterruptedException {
    DemoFleetSource demo =
        new DemoFleetSource(
            Simulator.DEFAULT_SEED, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMillis(300));
    demo.awaitHistory();
    return demo;
  }

  private void open(DemoFleetSource demo, Map<String, Reported> reported) throws Exception {
    LiveFleet fleet = new LiveFleet(List.of(demo), Clock.fixed(NOW, ZoneOffset.UTC));
    fleet.pollOnce(demo);
    fleet.start();
    ClusterWriters writers = new ClusterWriters();
    writer = new SendingCounter(new DemoClusterWriter(demo.simulator()), reported);
    writers.registerSource(DemoFleetSource.ID, writer);
    QuietDesktop.in(config);
    AppDirs dirs = new AppDirs(config, config.resolve("data"));
    ChangeSetup changes = ChangeSetup.forUser(dirs, writers, false, RightsizingObserver.NONE);
    app =
        FxToolkit.setupApplication(
            () ->
                new ConsoleApp(
                    new ConsoleOptions(
                            fleet,
                            PipelineSetup.none(Clock.fixed(NOW, ZoneOffset.UTC)),
                            dirs,
                            false,
                            Instant.now(),
                            System.out)
                        .withChanges(changes)));
  }

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
      ConsoleApp.awaitClosed();
    }
  }

  @Test
  void recommendationsShowWhatGovernsEachCaseAsBadgesAndTheSelectedRowsSentencesAndHpaReplay()
      throws Exception {
    open(shared, Map.of());
    showRecommendations();
    Map<String, String> badgeOf =
        Map.of(
            "query-rewriter", "VPA InPlaceOrRecreate",
            "orders-consumer", "KEDA cpu 70% +1",
            "feature-joiner", "pod-level",
            "payments-scorer", "JVM -Xmx 3.00 GiB",
            "model-gateway", "native sidecar",
            "embedding-refresh", "CronJob",
            "llm-finetune-dra", "DRA 2 GPUs");
    for (var expected : badgeOf.entrySet()) {
      filter(expected.getKey());
      await(
          () ->
              !table().getItems().isEmpty()
                  && shownBadges().stream().anyMatch(b -> b.startsWith(expected.getValue())));
    }

    filter("query-rewriter");
    await(() -> table().getItems().size() == 1);
    select(0);
    await(
        () ->
            label("#recommendations-facts")
                .getText()
                .startsWith(
                    "VPA query-rewriter (InPlaceOrRecreate) manages container server (cpu and"
                        + " memory): Fleetscope does not patch it"));
    assertFalse(label("#recommendations-hpa-replay").isVisible(), "no HPA, no HPA replay");

    filter("orders-consumer");
    // the previous filter also left one row: wait for this one
    await(
        () ->
            table().getItems().size() == 1
                && table().getItems().getFirst().workload().equals("orders-consumer"));
    RecommendationRow consumer = table().getItems().getFirst();
    assertTrue(consumer.hpa().isPresent(), "an HPA on CPU utilization is replayed");
    select(0);
    await(() -> label("#recommendations-hpa-replay").isVisible());
    String replay = label("#recommendations-hpa-replay").getText();
    assertTrue(
        replay.startsWith("HPA replay: the HPA (cpu at 70%) would run ")
            && replay.endsWith(
                "; it also scales on external metric s0-kafka-orders averaging 50 per pod."),
        replay);
    String replicas =
        String.format(
            Locale.ROOT,
            "%.1f → %.1f",
            consumer.hpa().get().meanNow(),
            consumer.hpa().get().meanProposed());
    assertTrue(
        cellTexts().stream().anyMatch(t -> t.startsWith(replicas)),
        "the HPA replicas column, now → recommended: " + cellTexts());

    filter("vpa");
    await(() -> table().getItems().stream().anyMatch(r -> r.workload().equals("query-rewriter")));
  }

  @Test
  void utilizationShowsTheBadgesOnWorkloadRowsAndTheSentencesOfTheSelectedOne() throws Exception {
    open(shared, Map.of());
    robot.clickOn("#nav-utilization");
    await(() -> robot.lookup("#utilization-table").tryQuery().isPresent());
    robot.interact(
        () ->
            robot.lookup("#utilization-filter").queryAs(TextField.class).setText("model-gateway"));
    // the whole tree holds model-gateway too: wait for the filtered one before selecting in it
    await(
        () ->
            find(tree().getRoot(), "model-gateway").isPresent()
                && find(tree().getRoot(), "query-rewriter").isEmpty());
    TreeItem<UsageRow> gateway = find(tree().getRoot(), "model-gateway").orElseThrow();
    assertEquals("sidecar envoy · init fetch-models", gateway.getValue().traits().text());
    robot.interact(
        () -> {
          expand(gateway);
          tree().getSelectionModel().select(gateway);
          tree().scrollTo(tree().getRow(gateway));
        });
    FxAwait.until(
        30,
        () ->
            shownBadges()
                .containsAll(List.of("sidecar envoy", "init fetch-models", "native sidecar")),
        () ->
            "badges "
                + shownBadges()
                + ", selected "
                + tree().getSelectionModel().getSelectedItem()
                + ", gateway expanded "
                + gateway.isExpanded()
                + " at row "
                + tree().getRow(gateway)
                + " of "
                + tree().getExpandedItemCount());
    await(
        () ->
            label("#utilization-facts")
                .getText()
                .startsWith(
                    "envoy is a native sidecar (init containers with restartPolicy: Always)"));

    robot.interact(
        () -> robot.lookup("#utilization-filter").queryAs(TextField.class).setText("dra"));
    await(
        () ->
            find(tree().getRoot(), "llm-finetune-dra").isPresent()
                && find(tree().getRoot(), "model-gateway").isEmpty());
    assertEquals(
        "DRA 2 GPUs · Job",
        find(tree().getRoot(), "llm-finetune-dra").orElseThrow().getValue().traits().text());
  }

  @Test
  void aVpaManagedContainerIsRefusedNamingItsVpaAndModeAndItsVpaChangeIsWrittenAsYaml()
      throws Exception {
    open(shared, Map.of());
    showRecommendations();
    filter("query-rewriter");
    await(() -> table().getItems().size() == 1);
    selectTab(1);
    chooseShown();
    robot.clickOn("#apply-preview-button");
    String refusal =
        "refused aws-prod-use1/llm-serving/query-rewriter/server: VPA query-rewriter"
            + " (InPlaceOrRecreate) manages container server (cpu and memory) and would undo the"
            + " patch";
    await(() -> lines("#apply-checks").stream().anyMatch(l -> l.startsWith(refusal)));
    assertTrue(lines("#apply-preview").isEmpty(), "nothing planned: " + lines("#apply-preview"));
    assertTrue(robot.lookup("#apply-dry-run-button").query().isDisabled());
    assertTrue(robot.lookup("#apply-vpa").query().isVisible());
    // the status follows the checks on the FX thread: wait for it rather than race it
    await(
        () ->
            label("#apply-status")
                .getText()
                .contains("(1 container(s) managed by a VPA: see below)"));

    Path folder = config.resolve("vpa");
    robot.interact(
        () ->
            robot.lookup("#apply-vpa-folder").queryAs(TextField.class).setText(folder.toString()));
    robot.clickOn("#apply-export-vpa-button");
    await(() -> label("#apply-status").getText().startsWith("Wrote 2 VPA file(s) into " + folder));
    String bounds =
        Files.readString(
            folder.resolve("aws-prod-use1/vpa-llm-serving-query-rewriter-bounds.yaml"));
    RecommendationRow row = table().getItems().getFirst();
    assertTrue(bounds.contains("- containerName: server\n      minAllowed:\n"), bounds);
    assertTrue(bounds.contains("kind: VerticalPodAutoscaler"), bounds);
    assertTrue(
        Files.readString(folder.resolve("aws-prod-use1/vpa-llm-serving-query-rewriter-off.yaml"))
            .contains("updateMode:"));
    assertTrue(row.proposed().cpuRequest() > 0);
    assertEquals(Set.of(), writer.sent(), "nothing reached the cluster");
  }

  @Test
  void inPlaceResizesThatWouldChangeTheQosClassOrWereFoundInfeasibleAreRefusedAndNotSent()
      throws Exception {
    Map<String, Reported> reported = new ConcurrentHashMap<>();
    open(demo(), reported); // its own fleet: this test changes it
    showRecommendations();
    List<RecommendationRow> plain = plainRows();
    WorkloadRef bestEffort = plain.get(0).ref().workload();
    WorkloadRef infeasible = plain.get(1).ref().workload();
    WorkloadRef fine = plain.get(2).ref().workload();
    reported.put(bestEffort.name(), Reported.BEST_EFFORT);
    reported.put(infeasible.name(), Reported.INFEASIBLE);

    selectTab(1);
    @SuppressWarnings("unchecked")
    ChoiceBox<ApplyMethod> method = robot.lookup("#apply-method").queryAs(ChoiceBox.class);
    robot.interact(() -> method.setValue(ApplyMethod.IN_PLACE));
    for (WorkloadRef ref : List.of(bestEffort, infeasible, fine)) {
      filter(ref.id() + "/");
      // the previous workload's rows stay until the filter is applied: wait for this one's alone
      await(
          () ->
              !table().getItems().isEmpty()
                  && table().getItems().stream().allMatch(r -> r.ref().workload().equals(ref)));
      chooseShown();
    }
    robot.clickOn("#apply-preview-button");
    // the preview and its checks are shown in turn on the FX thread: wait for both, not the first
    await(() -> !lines("#apply-preview").isEmpty() && lines("#apply-checks").size() >= 2);
    List<String> checks = lines("#apply-checks");
    assertTrue(
        checks.stream()
            .anyMatch(
                l ->
                    l.startsWith("refused " + bestEffort.id() + ": the resize would change pod ")
                        && l.endsWith(
                            "'s QoS class from BestEffort to Burstable, which Kubernetes refuses in"
                                + " place: apply with a rollout")),
        checks.toString());
    assertTrue(
        checks.stream()
            .anyMatch(
                l ->
                    l.startsWith("refused " + infeasible.id() + ": pod ")
                        && l.contains(
                            " holds a resize the kubelet found infeasible (Node didn't have enough"
                                + " capacity: cpu)")),
        checks.toString());
    String preview = String.join("\n", lines("#apply-preview"));
    assertTrue(preview.contains(fine.namespace() + "/" + fine.name()), preview);
    assertFalse(preview.contains("/" + bestEffort.name() + " "), preview);
    assertFalse(preview.contains("/" + infeasible.name() + " "), preview);
    assertTrue(preview.contains("resized in place, no restart"), preview);

    robot.clickOn("#apply-dry-run-button");
    await(() -> !robot.lookup("#apply-button").query().isDisabled());
    robot.clickOn("#apply-button");
    try {
      await(() -> label("#apply-status").getText().contains(" COMPLETED"));
    } catch (TimeoutException e) {
      throw new AssertionError("the status says " + label("#apply-status").getText(), e);
    }
    assertEquals(Set.of(fine), writer.sent(), "only the change that passed was sent");
  }

  /** How the wrapped cluster reports a workload's pods. */
  private enum Reported {
    /** No container sets any CPU or memory: a BestEffort pod. */
    BEST_EFFORT,
    /** The kubelet marked the pods' current resize Infeasible. */
    INFEASIBLE
  }

  /**
   * The demo fleet's writer, reporting some workloads' pods as a cluster would and recording every
   * workload a dry run or a change was sent for.
   */
  private static final class SendingCounter implements ClusterWriter {
    private final DemoClusterWriter demo;
    private final Map<String, Reported> reported;
    private final Set<WorkloadRef> sent = ConcurrentHashMap.newKeySet();

    SendingCounter(DemoClusterWriter demo, Map<String, Reported> reported) {
      this.demo = demo;
      this.reported = reported;
    }

    Set<WorkloadRef> sent() {
      return Set.copyOf(sent);
    }

    @Override
    public Optional<WorkloadState> find(String cluster, String namespace, String name)
        throws ClusterWriteException {
      return demo.find(cluster, namespace, name).map(this::report);
    }

    @Override
    public WorkloadState read(WorkloadRef workload) throws ClusterWriteException {
      return report(demo.read(workload));
    }

    private WorkloadState report(WorkloadState s) {
      Reported how = reported.get(s.ref().name());
      if (how == null) {
        return s;
      }
      Map<String, ContainerResources> containers = new LinkedHashMap<>(s.containers());
      Map<String, PodStatus> status = new LinkedHashMap<>();
      if (how == Reported.BEST_EFFORT) {
        containers.replaceAll((name, r) -> new ContainerResources(Map.of(), Map.of()));
      } else {
        var infeasible =
            new PodStatus.ResizeCondition(
                PodStatus.ResizeCondition.PENDING,
                "Infeasible",
                "Node didn't have enough capacity: cpu",
                2);
        s.pods()
            .keySet()
            .forEach(
                pod ->
                    status.put(
                        pod,
                        new PodStatus("node-1", Resources.NONE, 2, Map.of(), List.of(infeasible))));
      }
      Map<String, Map<String, ContainerResources>> pods = new LinkedHashMap<>();
      s.pods().keySet().forEach(pod -> pods.put(pod, containers));
      return new WorkloadState(
          s.ref(),
          containers,
          s.replicas(),
          pods,
          s.autoscaler(),
          s.disruptionBudgets(),
          s.podTemplateImmutable(),
          s.podTemplateLabels(),
          s.verticalAutoscaler(),
          s.traits(),
          status,
          s.podResources());
    }

    @Override
    public String dryRun(WorkloadChange change, ApplyMethod method) throws ClusterWriteException {
      sent.add(change.workload());
      return demo.dryRun(change, method);
    }

    @Override
    public void apply(WorkloadChange change, ApplyMethod method) throws ClusterWriteException {
      sent.add(change.workload());
      demo.apply(change, method);
    }

    @Override
    public RolloutState rollout(WorkloadChange change, ApplyMethod method, Duration wait) {
      return demo.rollout(change, method, wait);
    }

    @Override
    public boolean supportsInPlaceResize(String cluster) {
      return true;
    }
  }

  /**
   * Rows of three Deployments in search-ranking that no autoscaler governs and that pass every rail
   * of an in-place resize, one per workload.
   */
  private List<RecommendationRow> plainRows() throws Exception {
    filter("search-ranking");
    await(() -> table().getItems().size() > 3);
    Set<WorkloadRef> seen = new java.util.HashSet<>();
    return table().getItems().stream()
        .filter(r -> r.traits().badges().isEmpty() && r.savingsPerMonth() > 0)
        .filter(r -> seen.add(r.ref().workload()))
        .limit(3)
        .toList();
  }

  private void showRecommendations() throws Exception {
    Keys.type(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
    await(() -> robot.lookup("#recommendations-table").tryQuery().isPresent());
    await(
        () ->
            table().getItems().size() > 400
                && label("#recommendations-status").getText().contains("containers recommended"));
  }

  private void filter(String text) {
    robot.interact(
        () -> robot.lookup("#recommendations-filter").queryAs(TextField.class).setText(text));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void select(int row) {
    robot.interact(() -> table().getSelectionModel().select(row));
  }

  private void selectTab(int index) {
    TabPane tabs = robot.lookup("#recommendations-tabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(index));
  }

  /** The words of every badge drawn in a visible table cell. */
  private List<String> shownBadges() {
    return robot.lookup(".sizing-badge").queryAllAs(Label.class).stream()
        .filter(Node::isVisible)
        .map(Label::getText)
        .toList();
  }

  private List<String> cellTexts() {
    return robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
        .map(c -> c.getText() == null ? "" : c.getText())
        .toList();
  }

  private static Optional<TreeItem<UsageRow>> find(TreeItem<UsageRow> item, String name) {
    if (item.getValue() != null && item.getValue().name().equals(name)) {
      return Optional.of(item);
    }
    for (TreeItem<UsageRow> child : item.getChildren()) {
      Optional<TreeItem<UsageRow>> found = find(child, name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static void expand(TreeItem<UsageRow> item) {
    for (TreeItem<UsageRow> at = item; at != null; at = at.getParent()) {
      at.setExpanded(true);
    }
  }

  @SuppressWarnings("unchecked")
  private TreeTableView<UsageRow> tree() {
    return robot.lookup("#utilization-table").queryAs(TreeTableView.class);
  }

  @SuppressWarnings("unchecked")
  private TableView<RecommendationRow> table() {
    return robot.lookup("#recommendations-table").queryAs(TableView.class);
  }

  @SuppressWarnings("unchecked")
  private List<String> lines(String id) {
    return List.copyOf(robot.lookup(id).queryAs(ListView.class).getItems());
  }

  private Label label(String id) {
    return robot.lookup(id).queryAs(Label.class);
  }

  /**
   * Chooses the rows shown and waits until Preview can be pressed: a click on Preview in the same
   * pulse as the choice can meet a disabled button on a loaded machine and be lost. So, it seems,
   * can the click on "Choose all shown" (Preview stayed disabled for 30 s in CI, never on a quiet
   * machine): it is clicked again, at most three times; choosing the same rows twice changes
   * nothing.
   */
  private void chooseShown() throws Exception {
    for (int attempt = 1; ; attempt++) {
      robot.clickOn("#apply-choose-shown");
      try {
        FxAwait.until(10, () -> !robot.lookup("#apply-preview-button").query().isDisabled());
        return;
      } catch (TimeoutException lost) {
        if (attempt == 3) {
          throw lost;
        }
      }
    }
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    FxAwait.until(30, condition);
  }
}
