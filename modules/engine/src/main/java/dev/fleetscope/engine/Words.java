package dev.fleetscope.engine;

import dev.fleetscope.model.Units;
import java.util.Locale;

/**
 * Figures in reasons: as {@link Units} writes them, with enough digits that a few millicores do not
 * read 0.00.
 */
final class Words {
  private Words() {}

  static String cores(double cores) {
    return cores > 0 && cores < 0.1
        ? String.format(Locale.ROOT, "%.3f cores", cores)
        : Units.cores(cores);
  }
}
