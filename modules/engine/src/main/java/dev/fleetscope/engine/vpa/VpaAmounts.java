package dev.fleetscope.engine.vpa;

/**
 * The VPA's {@code ResourceAmount}: CPU in whole millicores, memory in whole bytes, from 0 to 1e14;
 * converting a float truncates toward zero and clamps.
 */
final class VpaAmounts {
  static final long MAX = 100_000_000_000_000L;

  private VpaAmounts() {}

  static long fromFloat(double amount) {
    if (amount < 0) {
      return 0;
    }
    return amount > MAX ? MAX : (long) amount;
  }

  static long millicores(double cores) {
    return fromFloat(cores * 1000.0);
  }
}
