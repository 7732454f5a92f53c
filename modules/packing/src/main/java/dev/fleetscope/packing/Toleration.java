package dev.fleetscope.packing;

/**
 * A pod's toleration: {@code Exists} when {@code value} is null (any value of the key), {@code
 * Equal} otherwise; an empty key with {@code Exists} tolerates every taint; an empty effect matches
 * every effect.
 */
public record Toleration(String key, String value, String effect) {
  public static Toleration exists(String key) {
    return new Toleration(key, null, "");
  }

  public boolean tolerates(Taint taint) {
    boolean keyMatches = key.isEmpty() && value == null || key.equals(taint.key());
    boolean valueMatches = value == null || value.equals(taint.value());
    boolean effectMatches = effect.isEmpty() || effect.equals(taint.effect());
    return keyMatches && valueMatches && effectMatches;
  }
}
