package dev.fleetscope.cli.command;

import dev.fleetscope.apply.PlanFile;
import dev.fleetscope.cli.output.NodesOutput;
import dev.fleetscope.cli.output.StderrProgress;
import dev.fleetscope.cost.price.PriceCatalogs;
import dev.fleetscope.engine.FleetscopeStrategy;
import dev.fleetscope.engine.fleet.FleetRightsizer;
import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.FleetSnapshot;
import dev.fleetscope.model.Progress;
import dev.fleetscope.model.Provider;
import dev.fleetscope.packing.rightsizing.Scenario;
import dev.fleetscope.prometheus.ConnectionSettings;
import dev.fleetscope.prometheus.HistoryReader;
import dev.fleetscope.prometheus.InventoryReader;
import dev.fleetscope.prometheus.PrometheusClient;
import dev.fleetscope.prometheus.PrometheusException;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.nodes.FleetNodeReport;
import dev.fleetscope.runtime.nodes.FleetNodeRightsizing;
import dev.fleetscope.runtime.nodes.NodePricing;
import dev.fleetscope.runtime.nodes.ProviderComparison;
import dev.fleetscope.runtime.nodes.RecommendedRequests;
import dev.fleetscope.simulator.DemoFleetSource;
import dev.fleetscope.simulator.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope nodes}: each cluster's nodes and cost per hour today and what its pods would
 * need at today's and at the recommended requests, on today's instance types and on the cheapest
 * feasible mix, pool by pool (runtime's {@link FleetNodeRightsizing}); optionally what a namespace
 * or workload would cost on each cloud. Advice only: nothing is sent to a cluster.
 */
@Command(
    name = "nodes",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Node rightsizing: each cluster's nodes and cost today, and the nodes its pods need at today's"
          + " and at the recommended requests, on today's instance types and on the cheapest mix,"
          + " pool by pool, with the pods that would move and what blocks consolidation.",
      "Today's nodes and the candidate types are priced from the same instance price snapshot (see"
          + " fleetscope prices) wherever it lists them. Nothing is sent to a cluster."
    })
public final class NodesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  /** Exactly one fleet. */
  static final class Input {
    @Option(
        names = "--demo",
        required = true,
        description = "The embedded demo fleet, its 14 days of history recorded first.")
    boolean demo;

    @Option(
        names = "--prometheus",
        required = true,
        paramLabel = "URL",
        description = "The clusters a Prometheus's kube-state-metrics describe.")
    String prometheus;
  }

  @Mixin PrometheusOptions prometheusOptions = new PrometheusOptions();
  @Mixin private TimeoutOption timeout = new TimeoutOption();

  @Option(
      names = "--plan",
      paramLabel = "PLAN.json",
      description =
          "The recommended requests (the output of recommend --format json); without it, the"
              + " fleetscope strategy recommends them from the fleet's history.")
  Path plan;

  @Option(
      names = "--compare-providers",
      paramLabel = "CLUSTER/NAMESPACE[/WORKLOAD]",
      description =
          "Also pack this namespace's or workload's pods on each cloud's instance types (GPU pods"
              + " on the same GPU model) and compare what they cost.")
  String compareProviders;

  @Option(
      names = "--region",
      paramLabel = "CLOUD=REGION",
      split = ",",
      description =
          "--compare-providers: the region to price each cloud in, e.g."
              + " aws=us-east-1,gcp=us-central1,azure=westeurope (default: the cluster's own, else"
              + " the first the prices list).")
  Map<String, String> regions = new java.util.LinkedHashMap<>();

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "--demo: the demo fleet's seed (default: ${DEFAULT-VALUE}).")
  long seed = Simulator.DEFAULT_SEED;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "table|json",
      description = "Output format. Default: ${DEFAULT-VALUE}.")
  String format;

  private final Clock clock;
  private final AppDirs dirs;

  /** The demo fleet's history ends at the host clock's instant; prices are read from its data. */
  public NodesCommand(Host host) {
    this.clock = host.clock();
    this.dirs = host.dirs();
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    NodesOutput output = Choices.of(spec, NodesOutput.class, "--format", format);
    Optional<ProviderComparison.Selection> selection =
        Optional.ofNullable(compareProviders).map(this::selection);
    if (!regions.isEmpty() && selection.isEmpty()) {
      throw usage("--region applies to --compare-providers");
    }
    if (input.demo && prometheusOptions.anyGiven()) {
      throw usage(
          "--window, --step, --end, --cluster-label, --cluster-name, --bearer-token-file, --header"
              + " and --server-side apply to --prometheus");
    }
    try {
      NodePricing pricing = NodePricing.of(PriceCatalogs.current(dirs.data()));
      Map<Provider, String> overrides = regions(pricing);
      StderrProgress progress = new StderrProgress(err);
      FleetSnapshot snapshot = fleet(progress);
      RecommendedRequests recommended = recommended(snapshot, progress);
      recommended.unmatched().stream()
          .limit(5)
          .forEach(
              id -> err.println("warning: the plan's container " + id + " is not in the fleet"));
      FleetNodeReport report =
          new FleetNodeRightsizing().compare(snapshot, recommended, pricing, progress, () -> false);
      Optional<NodesOutput.Providers> providers =
          selection.map(s -> compare(s, overrides, snapshot, recommended, pricing));
      spec.commandLine().getOut().print(output.render(report, providers));
      spec.commandLine().getOut().flush();
      return 0;
    } catch (PrometheusException e) {
      err.println("fleetscope nodes: " + e.getMessage());
      return ExitCode.SOURCE_FAILED;
    } catch (IOException | IllegalArgumentException e) {
      err.println("fleetscope nodes: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("fleetscope nodes: interrupted");
      return ExitCode.INTERRUPTED;
    }
  }

  private FleetSnapshot fleet(Consumer<Progress> progress)
      throws IOException, InterruptedException {
    if (input.demo) {
      DemoFleetSource demo = new DemoFleetSource(seed, clock, Duration.ofSeconds(2));
      if (plan == null) { // the engine recommends from the history; a plan needs none
        progress.accept(new Progress("Recording the demo fleet's 14 days of history", 0));
        demo.awaitHistory();
      }
      return demo.poll();
    }
    ConnectionSettings settings = prometheusOptions.settings(input.prometheus, timeout);
    try (PrometheusClient client = new PrometheusClient(settings)) {
      if (plan != null) {
        Instant now = prometheusOptions.end == null ? clock.instant() : prometheusOptions.end;
        return new FleetSnapshot(
            now, new InventoryReader(client).read(now).clusters(), Map.of(), List.of());
      }
      return new HistoryReader(client)
          .read(prometheusOptions.request(clock.instant()), progress)
          .toSnapshot();
    }
  }

  private RecommendedRequests recommended(FleetSnapshot snapshot, Consumer<Progress> progress) {
    if (plan != null) {
      return RecommendedRequests.fromPlan(
          PlanFile.read(plan), snapshot, plan.getFileName().toString());
    }
    return RecommendedRequests.of(
        new FleetRightsizer(FleetscopeStrategy.DEFAULT)
            .recommend(snapshot, tenths(progress), () -> false));
  }

  /** The engine reports every container; a terminal needs a line per tenth of the way. */
  private static Consumer<Progress> tenths(Consumer<Progress> out) {
    int[] shown = {-1};
    return p -> {
      int tenth = (int) Math.floor(p.fraction() * 10);
      if (tenth > shown[0]) {
        shown[0] = tenth;
        out.accept(p);
      }
    };
  }

  /** The selection's pods at the recommended requests on each cloud, in the chosen regions. */
  private NodesOutput.Providers compare(
      ProviderComparison.Selection selection,
      Map<Provider, String> overrides,
      FleetSnapshot snapshot,
      RecommendedRequests recommended,
      NodePricing pricing) {
    Cluster cluster =
        snapshot.clusters().stream()
            .filter(c -> c.name().equals(selection.cluster()))
            .findFirst()
            .orElseThrow(
                () ->
                    usage(
                        "--compare-providers: the fleet has no cluster '"
                            + selection.cluster()
                            + "'; it has "
                            + String.join(
                                ", ", snapshot.clusters().stream().map(Cluster::name).toList())));
    Map<Provider, String> chosen = ProviderComparison.defaultRegions(cluster, pricing);
    chosen.putAll(overrides);
    List<ProviderComparison.ProviderCost> costs =
        new ProviderComparison()
            .compare(
                cluster,
                selection,
                Scenario.Requests.RECOMMENDED,
                recommended.requests(),
                chosen,
                pricing);
    if (costs.stream().allMatch(c -> c.pods() == 0)) {
      throw usage(
          "--compare-providers: "
              + selection.describe()
              + " has no running pods in "
              + cluster.name());
    }
    return new NodesOutput.Providers(selection, costs);
  }

  /** The regions {@code --region} names, each checked against the prices. */
  private Map<Provider, String> regions(NodePricing pricing) {
    Map<Provider, String> chosen = new java.util.EnumMap<>(Provider.class);
    regions.forEach(
        (cloud, region) -> {
          Provider provider =
              RefreshRegions.CLOUDS.stream()
                  .filter(p -> p.name().equalsIgnoreCase(cloud.strip()))
                  .findFirst()
                  .orElseThrow(
                      () -> usage("--region: '" + cloud + "' is not one of aws, gcp, azure"));
          if (!pricing.regions(provider).contains(region.strip())) {
            throw usage(
                "--region: the prices list no "
                    + provider.displayName()
                    + " types in '"
                    + region
                    + "'; they list "
                    + String.join(", ", pricing.regions(provider)));
          }
          chosen.put(provider, region.strip());
        });
    return chosen;
  }

  private ProviderComparison.Selection selection(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length < 2 || parts.length > 3 || Arrays.stream(parts).anyMatch(String::isBlank)) {
      throw usage(
          "--compare-providers: '"
              + text
              + "' is neither CLUSTER/NAMESPACE nor CLUSTER/NAMESPACE/WORKLOAD");
    }
    return parts.length == 2
        ? new ProviderComparison.Selection(
            parts[0], ProviderComparison.Selection.Kind.NAMESPACE, parts[1])
        : new ProviderComparison.Selection(
            parts[0], ProviderComparison.Selection.Kind.WORKLOAD, text);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
