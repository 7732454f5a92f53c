package dev.fleetscope.simulator.billing;

import dev.fleetscope.model.Cluster;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Node;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Writes the demo fleet's cloud bill as FOCUS 1.2 CSV exports, one file per cloud account and
 * billing month ({@code aws-focus-2026-10.csv}), the way clouds deliver them into an export bucket.
 * The rows price the nodes the clusters have today, day by day, with the ups and downs of an
 * autoscaled fleet ({@link NodeDays}).
 *
 * <pre>{@code
 * var written = new DemoBillingExport(snapshot.clusters(), Simulator.DEFAULT_SEED)
 *     .write(folder, DemoBillingExport.defaultFrom(today), today);
 * }</pre>
 */
public final class DemoBillingExport {
  /**
   * At least this many days are written by {@link #defaultFrom}, so a month's run rate and trend
   * have data.
   */
  public static final int MIN_DAYS = 35;

  private final List<Cluster> clusters;
  private final long seed;

  /**
   * @param clusters the clusters to bill; on-premises ones have no cloud bill and are left out
   */
  public DemoBillingExport(List<Cluster> clusters, long seed) {
    this.clusters = clusters.stream().sorted(Comparator.comparing(Cluster::name)).toList();
    this.seed = seed;
  }

  /** What one {@link #write} produced. */
  public record Written(List<Path> files, long rows, LocalDate from, LocalDate to) {
    public Written {
      files = List.copyOf(files);
    }
  }

  /** The first day of last month, or {@link #MIN_DAYS} before {@code today} if that is earlier. */
  public static LocalDate defaultFrom(LocalDate today) {
    return Collections.min(
        List.of(today.minusMonths(1).withDayOfMonth(1), today.minusDays(MIN_DAYS)));
  }

  /**
   * Writes the charges of the days {@code [from, to)} into {@code folder}, replacing files of the
   * same names. Each file is written aside and moved in place, so an importer never sees half a
   * file.
   */
  public Written write(Path folder, LocalDate from, LocalDate to) throws IOException {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException(
          "no days to bill: from " + from + " is not before to " + to);
    }
    Files.createDirectories(folder);
    NodeDays nodeDays = new NodeDays(seed, to);
    List<Path> files = new ArrayList<>();
    long rows = 0;
    for (CloudAccount account : List.of(CloudAccount.AWS, CloudAccount.GCP, CloudAccount.AZURE)) {
      List<Cluster> billed =
          clusters.stream()
              .filter(c -> c.provider() == account.provider() && !c.nodes().isEmpty())
              .toList();
      if (billed.isEmpty()) {
        continue;
      }
      for (YearMonth month = YearMonth.from(from);
          !month.atDay(1).isAfter(to.minusDays(1));
          month = month.plusMonths(1)) {
        LocalDate first = Collections.max(List.of(from, month.atDay(1)));
        LocalDate end = Collections.min(List.of(to, month.plusMonths(1).atDay(1)));
        Path file = folder.resolve(account.slug() + "-focus-" + month + ".csv");
        rows += writeFile(file, account, billed, first, end, nodeDays);
        files.add(file);
      }
    }
    return new Written(files, rows, from, to);
  }

  private long writeFile(
      Path file,
      CloudAccount account,
      List<Cluster> billed,
      LocalDate first,
      LocalDate end,
      NodeDays nodeDays)
      throws IOException {
    Path partial =
        Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
    long rows = 0;
    try {
      try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        FocusCsv csv = new FocusCsv(out);
        List<ClusterBill> bills =
            billed.stream().map(c -> new ClusterBill(account, c, nodeDays, seed)).toList();
        for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
          for (int i = 0; i < billed.size(); i++) {
            Cluster cluster = billed.get(i);
            for (Charge charge : bills.get(i).charges(day)) {
              csv.write(account, currency(cluster), cluster.region(), day, charge);
              rows++;
            }
          }
        }
      }
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
    return rows;
  }

  private static Currency currency(Cluster cluster) {
    Optional<Currency> first =
        cluster.nodes().stream().map(Node::price).map(HourlyPrice::currency).findFirst();
    return first.orElse(HourlyPrice.USD);
  }
}
