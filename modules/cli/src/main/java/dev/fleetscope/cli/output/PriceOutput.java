package dev.fleetscope.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fleetscope.cost.price.InstancePrice;
import dev.fleetscope.cost.price.InstanceShape;
import dev.fleetscope.cost.price.PriceCatalogs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The formats of {@code fleetscope prices}. A type whose shape the catalog did not give (Azure's
 * lists only a price) shows no vCPUs, memory or GPUs rather than zeros.
 */
public enum PriceOutput {
  TABLE {
    @Override
    public String render(PriceCatalogs.Current current, List<InstancePrice> prices) {
      TextTable table =
          TextTable.aligned(
              "LLLRRRLR",
              "PROVIDER",
              "REGION",
              "INSTANCE TYPE",
              "VCPUS",
              "MEMORY (GiB)",
              "GPUS",
              "GPU MODEL",
              "PRICE PER HOUR");
      for (InstancePrice p : prices) {
        InstanceShape s = p.shape();
        boolean known = !s.equals(InstanceShape.UNKNOWN);
        table.row(
            p.provider().name().toLowerCase(Locale.ROOT),
            p.region(),
            p.instanceType(),
            known ? number(s.vcpus()) : "-",
            known ? number(s.memoryGib()) : "-",
            known ? Integer.toString(s.gpus()) : "-",
            s.gpuModel(),
            String.format(
                Locale.ROOT,
                "%.4f %s",
                p.price().amount(),
                p.price().currency().getCurrencyCode()));
      }
      return String.format(
              Locale.ROOT,
              "%d of %d instance prices as of %s (%s)%n",
              prices.size(),
              current.snapshot().book().size(),
              current.snapshot().asOf(),
              current.refreshed() ? "refreshed from the catalogs" : "bundled with Fleetscope")
          + table.render();
    }
  },
  JSON {
    @Override
    public String render(PriceCatalogs.Current current, List<InstancePrice> prices) {
      ObjectNode root = CostOutput.object();
      root.put("as_of", current.snapshot().asOf().toString());
      root.put("source", current.refreshed() ? "refreshed" : "bundled");
      ArrayNode list = root.putArray("prices");
      for (InstancePrice p : prices) {
        InstanceShape s = p.shape();
        boolean known = !s.equals(InstanceShape.UNKNOWN);
        ObjectNode node =
            list.addObject()
                .put("provider", p.provider().name().toLowerCase(Locale.ROOT))
                .put("region", p.region())
                .put("instance_type", p.instanceType());
        if (known) {
          node.put("vcpus", exact(s.vcpus()))
              .put("memory_gib", exact(s.memoryGib()))
              .put("gpus", s.gpus());
        } else {
          node.putNull("vcpus").putNull("memory_gib").putNull("gpus");
        }
        node.put("gpu_model", s.gpuModel().isEmpty() ? null : s.gpuModel())
            .put("currency", p.price().currency().getCurrencyCode())
            .put("price_per_hour", exact(p.price().amount()));
      }
      return CostOutput.line(root);
    }
  };

  public abstract String render(PriceCatalogs.Current current, List<InstancePrice> prices);

  /** The shortest decimal of a double, without a trailing .0 on whole numbers: 2, 0.5, 0.0416. */
  private static BigDecimal exact(double value) {
    BigDecimal d = BigDecimal.valueOf(value);
    return value == Math.rint(value) ? d.setScale(0) : d;
  }

  private static String number(double value) {
    return exact(value).toPlainString();
  }
}
