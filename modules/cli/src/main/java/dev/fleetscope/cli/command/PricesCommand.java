package dev.fleetscope.cli.command;

import dev.fleetscope.cli.output.PriceOutput;
import dev.fleetscope.cli.output.StderrProgress;
import dev.fleetscope.cost.price.AwsPriceList;
import dev.fleetscope.cost.price.InstancePrice;
import dev.fleetscope.cost.price.PriceCatalogs;
import dev.fleetscope.cost.price.PriceSnapshot;
import dev.fleetscope.cost.source.CostSource;
import dev.fleetscope.cost.source.CostSources;
import dev.fleetscope.model.Provider;
import dev.fleetscope.model.net.Deadlines;
import dev.fleetscope.runtime.Host;
import dev.fleetscope.runtime.NothingToWorkOnException;
import dev.fleetscope.runtime.config.AppDirs;
import dev.fleetscope.runtime.cost.PriceChanges;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope prices}: the on-demand hourly prices of instance types from the price book the
 * console uses (the bundled snapshot, or the one a refresh saved in the data directory), optionally
 * refreshed first.
 */
@Command(
    name = "prices",
    mixinStandardHelpOptions = true,
    description =
        "Hourly on-demand prices of CPU and GPU instance types (AWS, Azure, GCP), as the console uses them.")
public final class PricesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--provider",
      paramLabel = "aws|azure|gcp",
      description = "Only this cloud's prices.")
  String provider;

  @Option(
      names = "--region",
      paramLabel = "R",
      split = ",",
      description = "Only these regions (us-east-1, eastus...).")
  List<String> regions = List.of();

  @Option(
      names = "--instance-type",
      arity = "1..*",
      split = ",",
      paramLabel = "T",
      description = "Only these instance types (m5.xlarge, Standard_NC4as_T4_v3...).")
  List<String> instanceTypes = List.of();

  @Option(
      names = "--refresh",
      description = {
        "First fetch current prices from the public catalogs and save them for "
            + "the console: the configured price catalogs' regions, else the regions the prices list; narrowed by "
            + "--provider and --region. GCP needs an API key in the environment ("
            + PriceCatalogs.GCP_KEY_VARIABLE
            + ")."
      })
  boolean refresh;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "table|json",
      description = "Output format. Default: ${DEFAULT-VALUE}.")
  String format;

  @Mixin TimeoutOption timeout = new TimeoutOption();

  // Where the catalogs answer; tests point them at a local server.
  @Option(names = "--azure-prices-url", hidden = true)
  String azureUrl = PriceCatalogs.Endpoints.PUBLIC.azure().toString();

  @Option(names = "--aws-prices-url", hidden = true)
  String awsUrl = PriceCatalogs.Endpoints.PUBLIC.aws().toString();

  @Option(names = "--gcp-prices-url", hidden = true)
  String gcpUrl = PriceCatalogs.Endpoints.PUBLIC.gcp().toString();

  private final AppDirs dirs;
  private final Function<String, String> environment;
  private final Clock clock;

  public PricesCommand(Host host) {
    this(host.dirs(), name -> host.environment().get(name), host.clock());
  }

  PricesCommand(AppDirs dirs, Function<String, String> environment, Clock clock) {
    this.dirs = dirs;
    this.environment = environment;
    this.clock = clock;
  }

  /** A failure propagates to {@link CommandLines}, which gives its exit code and one line. */
  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Provider> only = provider();
    PriceOutput output =
        Arrays.stream(PriceOutput.values())
            .filter(o -> o.name().equalsIgnoreCase(format))
            .findFirst()
            .orElseThrow(() -> usage("--format: '" + format + "' is not one of table, json"));
    if (timeout.given() && !refresh) {
      throw usage("--timeout applies to --refresh");
    }
    PriceCatalogs.Current current = PriceCatalogs.current(dirs.data());
    if (refresh) {
      current = refresh(current.snapshot(), only, err);
    }
    List<InstancePrice> shown = select(current.snapshot(), only);
    if (shown.isEmpty()) {
      // an empty table would pass for an answer: say what the list does hold instead
      List<String> listed =
          current.snapshot().book().prices().stream()
              .filter(p -> only.isEmpty() || p.provider() == only.get())
              .map(p -> p.key().region())
              .distinct()
              .sorted()
              .toList();
      throw new NothingToWorkOnException(
          "no listed price matches"
              + (regions.isEmpty() ? "" : " --region " + String.join(",", regions))
              + (instanceTypes.isEmpty()
                  ? ""
                  : " --instance-type " + String.join(",", instanceTypes))
              + only.map(p -> " --provider " + p.name().toLowerCase(Locale.ROOT)).orElse("")
              + "; the list has "
              + current.snapshot().book().size()
              + " prices"
              + (listed.isEmpty() ? "" : " in " + String.join(", ", listed))
              + (refresh ? "" : " (--refresh reads a region's prices from its cloud)"));
    }
    spec.commandLine().getOut().print(output.render(current, shown));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  private PriceCatalogs.Current refresh(
      PriceSnapshot before, Optional<Provider> only, PrintWriter err) throws IOException {
    PriceCatalogs.Plan plan =
        PriceCatalogs.Plan.of(
            new RefreshRegions(configured(), only, regions).catalogs(before, this::usage),
            environment);
    if (plan.regions().azure().isEmpty()
        && plan.regions().aws().isEmpty()
        && plan.regions().gcp().isEmpty()) {
      throw new IllegalArgumentException(
          "nothing to refresh"
              + plan.missingGcpKey()
                  .map(v -> ": GCP's catalog needs a Cloud Billing API key in " + v)
                  .orElse(" for these options"));
    }
    PriceSnapshot after;
    try (OnExit.Guard<PriceCatalogs> catalogs =
        OnExit.guard(
            new PriceCatalogs(
                new PriceCatalogs.Endpoints(url(azureUrl), url(awsUrl), url(gcpUrl)),
                timeout.or(Deadlines.DEFAULT),
                timeout.or(AwsPriceList.DEADLINES)))) {
      after =
          catalogs
              .client()
              .refresh(dirs.data(), plan, LocalDate.now(clock), new StderrProgress(err));
    } catch (IOException e) {
      throw new IOException("refresh failed, the saved prices are unchanged: " + e.getMessage(), e);
    }
    err.print(
        "Prices refreshed and saved to "
            + dirs.data().resolve(PriceSnapshot.FILE_NAME)
            + ": "
            + PriceChanges.between(before.book(), after.book()).describe());
    plan.missingGcpKey()
        .ifPresent(
            v ->
                err.println(
                    "GCP prices were kept: set "
                        + v
                        + " to a Cloud Billing API key to refresh them."));
    err.flush();
    return new PriceCatalogs.Current(after, true);
  }

  private List<CostSource.PriceCatalog> configured() throws IOException {
    return CostSources.load(dirs.config().resolve(CostSources.FILE_NAME)).stream()
        .filter(CostSource.PriceCatalog.class::isInstance)
        .map(CostSource.PriceCatalog.class::cast)
        .toList();
  }

  private List<InstancePrice> select(PriceSnapshot snapshot, Optional<Provider> only) {
    Set<String> inRegions = lower(regions);
    Set<String> types = lower(instanceTypes);
    return snapshot.book().prices().stream()
        .filter(p -> only.isEmpty() || p.provider() == only.get())
        .filter(p -> inRegions.isEmpty() || inRegions.contains(p.key().region()))
        .filter(p -> types.isEmpty() || types.contains(p.key().instanceType()))
        .toList();
  }

  private Optional<Provider> provider() {
    if (provider == null) {
      return Optional.empty();
    }
    return RefreshRegions.CLOUDS.stream()
        .filter(p -> p.name().equalsIgnoreCase(provider))
        .findFirst()
        .map(Optional::of)
        .orElseThrow(() -> usage("--provider: '" + provider + "' is not one of aws, azure, gcp"));
  }

  private HttpUrl url(String text) {
    return Optional.ofNullable(HttpUrl.parse(text))
        .orElseThrow(() -> usage("not an http(s) URL: '" + text + "'"));
  }

  private static Set<String> lower(List<String> names) {
    return names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
