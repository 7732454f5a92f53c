package dev.fleetscope.cli.command;

import dev.fleetscope.cli.output.AllocationOutput;
import dev.fleetscope.cli.output.CostOutput;
import dev.fleetscope.cost.billing.CostMeasure;
import dev.fleetscope.cost.billing.CostQuery;
import dev.fleetscope.cost.billing.CostReport;
import dev.fleetscope.cost.billing.CostStore;
import dev.fleetscope.cost.billing.GroupBy;
import dev.fleetscope.cost.billing.ImportResult;
import dev.fleetscope.cost.opencost.OpenCostAllocations;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fleetscope cost}: what FOCUS billing exports add up to, grouped, or what an OpenCost
 * allocated to each namespace or workload over a window. FOCUS files are read into a store that
 * lives for this command only, so the totals are exactly those of the files given.
 */
@Command(
    name = "cost",
    mixinStandardHelpOptions = true,
    description = {
      "Sum FOCUS billing exports (CSV, CSV.gz, Parquet; files or export folders) by a column or tag,",
      "or an OpenCost's allocation (CPU, RAM, GPU, PV, network cost) by namespace, workload or label."
    })
public final class CostCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Exactly one source: the options of each are only accepted with it. */
  static final class Source {
    @ArgGroup(exclusive = false, heading = "FOCUS billing exports:%n")
    FocusOptions focus;

    @ArgGroup(exclusive = false, heading = "OpenCost allocation:%n")
    OpenCostOptions openCost;
  }

  static final class FocusOptions {
    @Option(
        names = "--focus",
        required = true,
        arity = "1..*",
        paramLabel = "PATH",
        description = "FOCUS 1.0-1.2 export files or folders searched for them.")
    List<Path> paths;

    @Option(
        names = "--group-by",
        defaultValue = "ServiceName",
        paramLabel = "COLUMN|tag:KEY",
        description =
            "A FOCUS column (ServiceName, RegionId, ChargeCategory...) or tag:KEY. Default: ${DEFAULT-VALUE}.")
    String groupBy;

    @Option(
        names = "--from",
        paramLabel = "DATE",
        description =
            "First day (YYYY-MM-DD, UTC) or instant (2026-02-01T00:00:00Z) of ChargePeriodStart to include.")
    String from;

    @Option(
        names = "--to",
        paramLabel = "DATE",
        description =
            "End of the period, excluded, as FOCUS periods are: --from 2026-02-01 --to 2026-03-01 is February.")
    String to;

    @Option(
        names = "--cost",
        defaultValue = "effective",
        paramLabel = "billed|effective|list",
        description =
            "The cost the table shows and groups are ranked by. Default: ${DEFAULT-VALUE}.")
    String cost;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Mixin TimeoutOption timeout = new TimeoutOption();

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "table|json|csv",
      description = "Output format. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() throws Exception {
    return source.openCost != null ? openCost() : focus();
  }

  /**
   * An export folder whose files were all imported before or hold no rows is a normal empty period:
   * the report is printed, and why it is empty goes to standard error.
   */
  private int focus() throws Exception {
    if (timeout.given()) {
      throw new ParameterException(spec.commandLine(), "--timeout applies to --opencost");
    }
    CostQuery query = query();
    CostOutput output = choice(CostOutput.class, "--format", format);
    try (CostStore store = CostStore.inMemory()) {
      ImportResult imported = store.importFocus(source.focus.paths);
      CostReport report = store.report(query);
      imported
          .nothingAddedBecause()
          .ifPresent(why -> spec.commandLine().getErr().println("fleetscope cost: " + why));
      if (report.groups().isEmpty() && imported.rowsImported() > 0) {
        spec.commandLine()
            .getErr()
            .println(
                "fleetscope cost: none of the "
                    + imported.rowsImported()
                    + " billing rows imported falls between --from and --to");
      }
      return print(output.render(report));
    }
  }

  /**
   * Nothing reaches stdout unless OpenCost answered in full: a script piping it never reads half a
   * report.
   */
  private int openCost() throws IOException {
    AllocationOutput output = choice(AllocationOutput.class, "--format", format);
    return print(
        output.render(
            source.openCost.fetch(spec.commandLine(), timeout.or(OpenCostAllocations.DEADLINES))));
  }

  private int print(String report) {
    spec.commandLine().getOut().print(report);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  private CostQuery query() {
    GroupBy group;
    try {
      group = GroupBy.parse(source.focus.groupBy);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--group-by: " + e.getMessage());
    }
    Optional<Instant> start = instant("--from", source.focus.from);
    Optional<Instant> end = instant("--to", source.focus.to);
    try {
      return new CostQuery(
          group, start, end, choice(CostMeasure.class, "--cost", source.focus.cost));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--from/--to: " + e.getMessage());
    }
  }

  private Optional<Instant> instant(String option, String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          text.contains("T")
              ? Instant.parse(text)
              : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(),
          option
              + ": '"
              + text
              + "' is neither a date (2026-02-01) nor a UTC instant (2026-02-01T00:00:00Z)");
    }
  }

  private <E extends Enum<E>> E choice(Class<E> type, String option, String text) {
    return Choices.of(spec, type, option, text);
  }
}
