package dev.fleetscope.cost.opencost;

import java.util.Optional;

/**
 * The parameters of OpenCost's {@code GET /allocation/compute}.
 *
 * @param window the period: {@code today}, {@code month}, {@code 7d}, or an RFC 3339 pair {@code
 *     start,end}
 * @param aggregate what to group by: {@code namespace}, {@code controller}, {@code container},
 *     {@code label:team}, comma-separated for several
 * @param step the length of each returned set ({@code 1d}); empty for one set over the whole window
 */
public record AllocationQuery(String window, String aggregate, Optional<String> step) {
  public AllocationQuery {
    if (window.isBlank()) {
      throw new IllegalArgumentException("an OpenCost query needs a window, such as 7d or month");
    }
  }

  public static AllocationQuery of(String window, String aggregate) {
    return new AllocationQuery(window, aggregate, Optional.empty());
  }

  public AllocationQuery withStep(String step) {
    return new AllocationQuery(window, aggregate, Optional.of(step));
  }
}
