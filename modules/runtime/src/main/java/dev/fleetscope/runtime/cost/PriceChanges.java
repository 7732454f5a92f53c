package dev.fleetscope.runtime.cost;

import dev.fleetscope.cost.price.InstancePrice;
import dev.fleetscope.cost.price.PriceBook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a refresh changed in the price book: new types, new prices of known ones, and how many
 * stayed.
 */
public record PriceChanges(List<InstancePrice> added, List<Change> changed, int unchanged) {
  /**
   * A refresh may bring thousands of new AWS types: the report names this many of each kind, then
   * counts.
   */
  static final int NAMED = 20;

  record Change(InstancePrice before, InstancePrice after) {}

  public static PriceChanges between(PriceBook before, PriceBook after) {
    List<InstancePrice> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    int unchanged = 0;
    for (InstancePrice price : after.prices()) {
      var old = before.find(price.provider(), price.region(), price.instanceType());
      if (old.isEmpty()) {
        added.add(price);
      } else if (!old.get().price().equals(price.price())) {
        changed.add(new Change(old.get(), price));
      } else {
        unchanged++;
      }
    }
    return new PriceChanges(added, changed, unchanged);
  }

  public String describe() {
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%d changed, %d new, %d unchanged.%n",
                changed.size(),
                added.size(),
                unchanged));
    changed.stream()
        .limit(NAMED)
        .forEach(
            c ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "  changed %s: %s -> %s%n",
                        name(c.after()),
                        hourly(c.before()),
                        hourly(c.after()))));
    more(out, changed.size());
    added.stream()
        .limit(NAMED)
        .forEach(p -> out.append(String.format(Locale.ROOT, "  new %s: %s%n", name(p), hourly(p))));
    more(out, added.size());
    return out.toString();
  }

  private static void more(StringBuilder out, int count) {
    if (count > NAMED) {
      out.append(String.format(Locale.ROOT, "  ... and %d more%n", count - NAMED));
    }
  }

  private static String name(InstancePrice p) {
    return p.provider().name().toLowerCase(Locale.ROOT) + " " + p.region() + " " + p.instanceType();
  }

  static String hourly(InstancePrice p) {
    return BigDecimal.valueOf(p.price().amount()).toPlainString()
        + " "
        + p.price().currency().getCurrencyCode()
        + "/h";
  }
}
