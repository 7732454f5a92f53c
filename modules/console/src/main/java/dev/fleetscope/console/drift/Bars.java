package dev.fleetscope.console.drift;

import dev.fleetscope.drift.Distribution;
import java.util.ArrayList;
import java.util.List;

/**
 * A column's reference and current distributions as bars: each window's share of its rows (0..1)
 * per bin or category. A numeric bin is labelled by its lower edge, short enough to stand under a
 * narrow bar, and described by its whole range.
 *
 * @param ranges what each bar covers, e.g. {@code 12.5–25}; the category itself for labels
 */
public record Bars(
    List<String> labels,
    List<String> ranges,
    double[] reference,
    double[] current,
    boolean binned) {
  public Bars {
    labels = List.copyOf(labels);
    ranges = List.copyOf(ranges);
  }

  static Bars of(Distribution distribution) {
    return switch (distribution) {
      case Distribution.Binned b -> {
        List<String> labels = new ArrayList<>();
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i + 1 < b.edges().length; i++) {
          labels.add(Numbers.compact(b.edges()[i]));
          ranges.add(Numbers.compact(b.edges()[i]) + "–" + Numbers.compact(b.edges()[i + 1]));
        }
        yield new Bars(labels, ranges, b.referenceShares(), b.currentShares(), true);
      }
      case Distribution.Categories c ->
          new Bars(c.labels(), c.labels(), c.referenceShares(), c.currentShares(), false);
    };
  }

  public int size() {
    return labels.size();
  }
}
