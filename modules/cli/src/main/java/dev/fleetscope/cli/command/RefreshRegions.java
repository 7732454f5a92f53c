package dev.fleetscope.cli.command;

import dev.fleetscope.cost.price.InstancePrice;
import dev.fleetscope.cost.price.PriceCatalogs;
import dev.fleetscope.cost.price.PriceSnapshot;
import dev.fleetscope.cost.source.CostSource;
import dev.fleetscope.model.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.ParameterException;

/**
 * Which catalogs and regions {@code prices --refresh} asks: those the console is configured with,
 * else the regions the prices already list, so a refresh renews what is there; {@code --provider}
 * and {@code --region} narrow it, and with {@code --provider} a region nobody lists yet is asked
 * too.
 */
record RefreshRegions(
    List<CostSource.PriceCatalog> configured, Optional<Provider> only, List<String> regions) {
  static final List<Provider> CLOUDS = List.of(Provider.AZURE, Provider.AWS, Provider.GCP);

  List<CostSource.PriceCatalog> catalogs(
      PriceSnapshot snapshot, Function<String, ParameterException> usage) {
    Map<Provider, Set<String>> known = known(snapshot);
    Set<String> wanted =
        new LinkedHashSet<>(regions.stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).toList());
    List<CostSource.PriceCatalog> chosen = new ArrayList<>();
    Set<String> matched = new LinkedHashSet<>();
    for (Provider cloud : CLOUDS) {
      if (only.isPresent() && only.get() != cloud) {
        continue;
      }
      List<String> asked =
          wanted.isEmpty()
              ? List.copyOf(known.get(cloud))
              : only.isPresent()
                  ? List.copyOf(wanted)
                  : known.get(cloud).stream().filter(wanted::contains).toList();
      matched.addAll(asked);
      if (!asked.isEmpty()) {
        chosen.add(withRegions(cloud, asked));
      }
    }
    wanted.removeAll(matched);
    if (!wanted.isEmpty()) {
      throw usage.apply(
          "--region "
              + String.join(",", wanted)
              + ": no price catalog lists it; name its cloud with --provider");
    }
    return chosen;
  }

  /**
   * A configured catalog keeps its API key variable; one made from the snapshot gets the console's
   * default.
   */
  private CostSource.PriceCatalog withRegions(Provider cloud, List<String> asked) {
    return configured.stream()
        .filter(c -> PriceCatalogs.provider(c.catalog()) == cloud)
        .findFirst()
        .map(
            c ->
                new CostSource.PriceCatalog(
                    c.id(), c.displayName(), c.catalog(), asked, c.apiKeyVariable()))
        .orElseGet(
            () ->
                PriceCatalogs.catalog(
                    "prices-" + cloud.name().toLowerCase(Locale.ROOT), cloud, asked));
  }

  private Map<Provider, Set<String>> known(PriceSnapshot snapshot) {
    boolean useConfigured = !configured.isEmpty();
    Map<Provider, Set<String>> known = new LinkedHashMap<>();
    CLOUDS.forEach(c -> known.put(c, new LinkedHashSet<>()));
    if (useConfigured) {
      configured.forEach(c -> known.get(PriceCatalogs.provider(c.catalog())).addAll(c.regions()));
    } else {
      for (InstancePrice p : snapshot.book().prices()) {
        Optional.ofNullable(known.get(p.provider())).ifPresent(set -> set.add(p.key().region()));
      }
    }
    return known;
  }
}
