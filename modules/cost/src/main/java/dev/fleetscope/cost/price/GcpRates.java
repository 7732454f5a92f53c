package dev.fleetscope.cost.price;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.Provider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compute Engine on-demand rates as the Billing Catalog lists them: per vCPU-hour and per GiB-hour
 * for each machine family ({@code N2 Instance Core running in Americas}), per GPU-hour for each GPU
 * model. A machine type's price is its shape times these rates. Prices are {@code units + nanos ×
 * 1e-9} of the SKU's last tier.
 */
public final class GcpRates {
  private static final Pattern PART =
      Pattern.compile(
          "^(?<family>[A-Z][A-Z0-9]*)(?: AMD| Intel)? (?:Predefined )?Instance (?<part>Core|Ram) running in .*");
  private static final Pattern GPU =
      Pattern.compile("^Nvidia (?:Tesla )?(?<model>[A-Z0-9]+)(?: 80GB)? GPU running in .*");

  private final Map<String, BigDecimal> rates;
  private final Currency currency;

  private GcpRates(Map<String, BigDecimal> rates, Currency currency) {
    this.rates = Map.copyOf(rates);
    this.currency = currency;
  }

  public Optional<BigDecimal> coreHour(String family, String region) {
    return rate("core", family, region);
  }

  public Optional<BigDecimal> gibHour(String family, String region) {
    return rate("ram", family, region);
  }

  public Optional<BigDecimal> gpuHour(String gpuModel, String region) {
    return rate("gpu", gpuModel, region);
  }

  /**
   * Prices of these machine types (their shapes known, e.g. from the bundled snapshot) in {@code
   * region}; a type whose family or GPU has no rate there is left out rather than priced low.
   */
  public List<InstancePrice> price(Collection<InstancePrice> machineTypes, String region) {
    List<InstancePrice> priced = new ArrayList<>();
    for (InstancePrice type : machineTypes) {
      if (type.provider() != Provider.GCP) {
        continue;
      }
      String family = type.instanceType().split("-")[0].toUpperCase(Locale.ROOT);
      InstanceShape s = type.shape();
      Optional<BigDecimal> core = coreHour(family, region);
      Optional<BigDecimal> ram = gibHour(family, region);
      Optional<BigDecimal> gpu =
          s.hasGpus() ? gpuHour(s.gpuModel(), region) : Optional.of(BigDecimal.ZERO);
      if (core.isPresent() && ram.isPresent() && gpu.isPresent()) {
        BigDecimal hour =
            core.get()
                .multiply(BigDecimal.valueOf(s.vcpus()))
                .add(ram.get().multiply(BigDecimal.valueOf(s.memoryGib())))
                .add(gpu.get().multiply(BigDecimal.valueOf(s.gpus())));
        priced.add(
            new InstancePrice(
                Provider.GCP,
                region,
                type.instanceType(),
                s,
                new HourlyPrice(hour.doubleValue(), currency)));
      }
    }
    return priced;
  }

  private Optional<BigDecimal> rate(String part, String name, String region) {
    return Optional.ofNullable(rates.get(key(part, name, region)));
  }

  private static String key(String part, String name, String region) {
    return part + "/" + name.toUpperCase(Locale.ROOT) + "/" + region.toLowerCase(Locale.ROOT);
  }

  /** Collects rates from catalog SKUs, keeping on-demand core, RAM and GPU SKUs only. */
  static final class Builder {
    private final Map<String, BigDecimal> rates = new HashMap<>();
    private Currency currency = HourlyPrice.USD;

    void add(JsonNode sku) {
      JsonNode category = sku.path("category");
      if (!category.path("resourceFamily").asText().equals("Compute")
          || !category.path("usageType").asText().equals("OnDemand")) {
        return;
      }
      String description = sku.path("description").asText();
      Matcher part = PART.matcher(description);
      Matcher gpu = GPU.matcher(description);
      String rateKind;
      String name;
      if (part.matches()) {
        rateKind = part.group("part").equals("Core") ? "core" : "ram";
        name = part.group("family");
      } else if (gpu.matches()) {
        rateKind = "gpu";
        name = gpu.group("model");
      } else {
        return;
      }
      JsonNode tiers =
          sku.path("pricingInfo").path(0).path("pricingExpression").path("tieredRates");
      JsonNode unitPrice = tiers.path(tiers.size() - 1).path("unitPrice");
      if (unitPrice.isMissingNode()) {
        return;
      }
      // units is an int64 sent as a JSON string; nanos an int32 number: 0.031611 is units "0",
      // nanos 31611000.
      BigDecimal price =
          new BigDecimal(unitPrice.path("units").asText("0"))
              .add(BigDecimal.valueOf(unitPrice.path("nanos").asLong(), 9));
      currency = Currency.getInstance(unitPrice.path("currencyCode").asText("USD"));
      for (JsonNode region : sku.path("serviceRegions")) {
        rates.put(key(rateKind, name, region.asText()), price);
      }
    }

    GcpRates build() {
      return new GcpRates(rates, currency);
    }
  }
}
