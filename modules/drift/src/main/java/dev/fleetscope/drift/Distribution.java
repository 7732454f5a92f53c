package dev.fleetscope.drift;

import java.util.List;

/**
 * Reference and current distributions of one column for drawing side by side: shares (0..1) of each
 * window's non-missing values per bin or per category.
 */
public sealed interface Distribution permits Distribution.Binned, Distribution.Categories {

  double[] referenceShares();

  double[] currentShares();

  /** Numerical bins: bin i spans [edges[i], edges[i+1]) (the last one includes its right edge). */
  record Binned(double[] edges, double[] referenceShares, double[] currentShares)
      implements Distribution {}

  /** One bar per category or distinct value, in the order given. */
  record Categories(List<String> labels, double[] referenceShares, double[] currentShares)
      implements Distribution {
    public Categories {
      labels = List.copyOf(labels);
    }
  }
}
