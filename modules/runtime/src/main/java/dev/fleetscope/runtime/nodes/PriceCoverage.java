package dev.fleetscope.runtime.nodes;

/**
 * Where a cluster's node prices came from.
 *
 * @param source the price snapshot that priced the candidates and the listed nodes
 * @param listedNodes today's nodes priced from that snapshot
 * @param ownPriceNodes today's nodes whose type it does not list in the cluster's region, priced at
 *     what the cluster says they cost (zero when the source knows no price, as Prometheus does not)
 */
public record PriceCoverage(String source, int listedNodes, int ownPriceNodes) {
  /** {@code instance price snapshot as of 2026-01-19 (bundled with Fleetscope); it lists...}. */
  public String describe() {
    return source + "; " + coverage();
  }

  /** {@code it lists all 120 nodes' types}, or how many it does not list. */
  public String coverage() {
    int all = listedNodes + ownPriceNodes;
    return ownPriceNodes == 0
        ? "it lists all " + all + " nodes' types"
        : "it lists "
            + listedNodes
            + " of "
            + all
            + " nodes' types, the other "
            + ownPriceNodes
            + " keep the cluster's own price";
  }
}
