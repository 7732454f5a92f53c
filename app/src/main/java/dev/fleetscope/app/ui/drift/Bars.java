package dev.fleetscope.app.ui.drift;

import dev.fleetscope.drift.Distribution;
import java.util.ArrayList;
import java.util.List;

/**
 * A column's reference and current distributions as bars: one label per bin or category and each window's share
 * of its rows there (0..1). Numeric bins are labelled by their range.
 */
public record Bars(List<String> labels, double[] reference, double[] current, boolean binned) {
  public Bars {
    labels = List.copyOf(labels);
  }

  static Bars of(Distribution distribution) {
    return switch (distribution) {
      case Distribution.Binned b -> {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i + 1 < b.edges().length; i++) {
          labels.add(Numbers.compact(b.edges()[i]) + "–" + Numbers.compact(b.edges()[i + 1]));
        }
        yield new Bars(labels, b.referenceShares(), b.currentShares(), true);
      }
      case Distribution.Categories c -> new Bars(c.labels(), c.referenceShares(), c.currentShares(), false);
    };
  }

  public int size() {
    return labels.size();
  }
}
