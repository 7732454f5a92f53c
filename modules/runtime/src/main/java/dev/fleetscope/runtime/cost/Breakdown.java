package dev.fleetscope.runtime.cost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Cost split one way, largest first, saying where the numbers come from and the period they cover:
 * every amount is in {@code currency} for {@code period}.
 *
 * @param basis where the numbers come from, for a person: "billing export (FOCUS), effective cost"
 * @param period what the amounts cover: "Nov 1–19, 2026" or "month (730 h) at today's hourly rate"
 * @param perMonth whether amounts are a monthly rate (else a total over a date range)
 * @param note why there are no rows, or what was left out; empty when nothing needs saying
 */
public record Breakdown(
    CostDimension dimension,
    String basis,
    Optional<Currency> currency,
    String period,
    boolean perMonth,
    List<BreakdownRow> rows,
    Optional<String> note) {

  public static final String OTHER = "other";

  public Breakdown {
    rows = List.copyOf(rows);
  }

  /** No rows, and why. */
  public static Breakdown none(CostDimension dimension, String why) {
    return new Breakdown(dimension, "", Optional.empty(), "", false, List.of(), Optional.of(why));
  }

  /** Rows from (key, amount) slices: shares of their total, largest first, idle last. */
  static List<BreakdownRow> ranked(List<BreakdownRow> slices) {
    double total = slices.stream().mapToDouble(BreakdownRow::amount).sum();
    return slices.stream()
        .map(
            s ->
                new BreakdownRow(
                    s.key(), s.amount(), total == 0 ? 0 : s.amount() / total, s.idle(), s.detail()))
        .sorted(
            Comparator.comparing(BreakdownRow::idle)
                .thenComparing(Comparator.comparingDouble(BreakdownRow::amount).reversed())
                .thenComparing(BreakdownRow::key))
        .toList();
  }

  /** This breakdown with something said about it. */
  public Breakdown withNote(String text) {
    return new Breakdown(dimension, basis, currency, period, perMonth, rows, Optional.of(text));
  }

  public double total() {
    return rows.stream().mapToDouble(BreakdownRow::amount).sum();
  }

  /**
   * The rows a chart can show: the {@code max - 1} largest (fewer if idle takes a place), the rest
   * summed as {@link #OTHER}, and idle, which is never folded away.
   */
  public List<BreakdownRow> chartRows(int max) {
    List<BreakdownRow> idle = rows.stream().filter(BreakdownRow::idle).toList();
    List<BreakdownRow> groups = rows.stream().filter(r -> !r.idle()).toList();
    int room = Math.max(1, max - idle.size());
    if (groups.size() <= room) {
      return rows;
    }
    List<BreakdownRow> shown = new ArrayList<>(groups.subList(0, room - 1));
    List<BreakdownRow> rest = groups.subList(room - 1, groups.size());
    shown.add(
        new BreakdownRow(
            OTHER,
            rest.stream().mapToDouble(BreakdownRow::amount).sum(),
            rest.stream().mapToDouble(BreakdownRow::share).sum(),
            false,
            rest.size() + " more"));
    shown.addAll(idle);
    return shown;
  }
}
