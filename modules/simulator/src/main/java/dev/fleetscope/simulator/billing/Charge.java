package dev.fleetscope.simulator.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a FOCUS export: one day's charge for one resource. Costs are exact decimals, as the
 * bill states them; {@code effective} is what was paid after a commitment discount, {@code list}
 * the public price.
 *
 * @param quantity how much was priced, in {@code unit}, at {@code unitPrice} (list)
 * @param commitment the commitment discount that covered it, if one did
 */
record Charge(
    String description,
    String service,
    String serviceCategory,
    String zone,
    String resourceId,
    String resourceName,
    String resourceType,
    String skuId,
    BigDecimal unitPrice,
    BigDecimal quantity,
    String unit,
    BigDecimal list,
    BigDecimal effective,
    Optional<String> commitment,
    Map<String, String> tags) {

  /** Costs on a bill carry six decimals here; the store keeps twelve, so they add up exactly. */
  static final int SCALE = 6;

  static BigDecimal money(BigDecimal amount) {
    return amount.setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  /** {@code list} less {@code discount} (a share, 0.28 for 28%). */
  static BigDecimal discounted(BigDecimal list, BigDecimal discount) {
    return money(list.multiply(BigDecimal.ONE.subtract(discount)));
  }
}
