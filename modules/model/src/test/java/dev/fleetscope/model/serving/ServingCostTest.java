package dev.fleetscope.model.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetscope.model.HourlyPrice;
import dev.fleetscope.model.UnitPrices;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ServingCostTest {
  private static final double GIB = 1L << 30;
  private static final UnitPrices PRICES = new UnitPrices(0.04, 0.005, 2.0, HourlyPrice.USD);

  @Test
  void pricesTheModelsShareOfWhatItsPodsHoldAndSpreadsItOverRequestsAndTokens() {
    // Half of 2 cores, 8 GiB and 1 GPU: 1 * 0.04 + 4 * 0.005 + 0.5 * 2.0 = 1.06 USD/h.
    HeldResources workload = new HeldResources(2, 8 * GIB, 1);
    ServingCost cost = ServingCost.of(workload, 0.5, PRICES, 10, OptionalDouble.of(500));
    assertEquals(1.06, cost.perHour(), 1e-12);
    assertEquals(new HeldResources(1, 4 * GIB, 0.5), cost.held());
    // 10 requests/s are 36,000 an hour: 1.06 / 36 per thousand.
    assertEquals(1.06 / 36, cost.per1kRequests().orElseThrow(), 1e-12);
    // 500 tokens/s are 1.8 M an hour: 1.06 / 1.8 per million.
    assertEquals(1.06 / 1.8, cost.perMillionGeneratedTokens().orElseThrow(), 1e-12);
    assertEquals("USD", cost.currency().getCurrencyCode());
  }

  @Test
  void hasNoCostPerUnitWhenNothingWasServedOrCounted() {
    ServingCost idle =
        ServingCost.of(new HeldResources(1, GIB, 0), 1, PRICES, 0, OptionalDouble.of(0));
    assertEquals(0.045, idle.perHour(), 1e-12);
    assertTrue(idle.per1kRequests().isEmpty());
    assertTrue(idle.perMillionGeneratedTokens().isEmpty());
    ServingCost noTokens =
        ServingCost.of(new HeldResources(1, GIB, 0), 1, PRICES, 2, OptionalDouble.empty());
    assertTrue(noTokens.perMillionGeneratedTokens().isEmpty());
  }

  @Test
  void refusesSharesOutsideZeroToOneAndNegativeRates() {
    HeldResources held = new HeldResources(1, GIB, 0);
    assertThrows(
        IllegalArgumentException.class,
        () -> ServingCost.of(held, 1.5, PRICES, 1, OptionalDouble.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> ServingCost.of(held, 1, PRICES, -1, OptionalDouble.empty()));
    assertThrows(IllegalArgumentException.class, () -> new HeldResources(Double.NaN, 0, 0));
  }
}
