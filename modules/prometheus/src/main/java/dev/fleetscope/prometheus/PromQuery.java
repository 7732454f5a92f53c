package dev.fleetscope.prometheus;

/**
 * A PromQL query with the purpose it serves, so that an error can say which of Fleetscope's
 * questions failed ("CPU usage history") besides the PromQL itself.
 */
public record PromQuery(String name, String promql) {
  public PromQuery {
    if (name == null || name.isBlank() || promql == null || promql.isBlank()) {
      throw new IllegalArgumentException(
          "a query needs a name and PromQL, was '" + name + "': '" + promql + "'");
    }
  }

  @Override
  public String toString() {
    return name + ": " + promql;
  }
}
