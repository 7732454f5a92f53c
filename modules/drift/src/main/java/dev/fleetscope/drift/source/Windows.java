package dev.fleetscope.drift.source;

import dev.fleetscope.drift.Dataset;
import java.util.List;

/**
 * A reference and a current window read from files, with the columns left out of the comparison
 * because every value in them is a date or time (Evidently leaves datetime columns out of data
 * drift too).
 */
public record Windows(Dataset reference, Dataset current, List<String> skippedTimeColumns) {
  public Windows {
    skippedTimeColumns = List.copyOf(skippedTimeColumns);
  }
}
