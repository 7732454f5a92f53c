package dev.fleetscope.simulator.inference;

/**
 * Seeds for random streams that are pure functions of their keys (SplittableRandom's SplitMix64
 * finalizer).
 */
final class Mix {
  private Mix() {}

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * A stream for (seed, name): the name's characters are folded in one by one, so any string is a
   * key.
   */
  static long stream(long seed, String name) {
    long h = mix(seed);
    for (int i = 0; i < name.length(); i++) {
      h = mix(h ^ (name.charAt(i) + 0x9e3779b97f4a7c15L));
    }
    return h;
  }

  static long stream(long stream, long key) {
    return mix(stream ^ mix(key + 0x9e3779b97f4a7c15L));
  }
}
